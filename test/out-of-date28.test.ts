/**
 * "Out of date" is outdated, no date asked: "…is that the current name, or is the writer out of
 * date?" asks about the article's old product name, not when the deal was announced.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("out of date", () => {
  it("asks whether a name is outdated", () => {
    says(
      "The piece says 'Azure AI Foundry' - is that still right, or is the author out of date?",
      /Microsoft Foundry/u,
    );
  });

  it("leaves a date asked a date", () => {
    says("what date was the partnership announced?", /18 November 2025/u);
  });
});
