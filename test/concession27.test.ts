/**
 * A concession ("…, despite all the Microsoft news?", "Despite the Microsoft deal, …") names what
 * a claim holds against, not what is asked: its party must not steer the answer to that party's
 * facts. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutSetAside } from "../src/answer/fallback/set-aside.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a concession beside a claim", () => {
  it("leaves the claim answered on its own terms", () => {
    says("Amazon remains Anthropic's primary cloud, even with the Microsoft tie-up?", /^Yes/u);
    says("In spite of the Azure partnership, is AWS still Anthropic's main cloud?", /^Yes/u);
  });

  it("sets aside a concession that holds a figure too", () => {
    expect(withoutSetAside("Is Amazon still the main cloud despite the $30B Azure deal?")).toBe(
      "Is Amazon still the main cloud?",
    );
    says("Despite the 30 billion going to Azure, is Amazon still the primary cloud?", /^Yes/u);
  });
});
