/**
 * "…right? not the other way around": the claim's direction said again after its tag, so the tag
 * still asks to confirm; a partnership "presented" at a conference was announced there.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a tag, then the direction said again", () => {
  it("is still a claim to confirm", () => {
    says(
      "microsoft puts 5 billion into anthropic, correct? not the other way around",
      /^Yes: Microsoft committed to invest up to \$5 billion/u,
    );
  });
});

describe("a deal presented at a conference", () => {
  it("was announced there", () => {
    says("which event did they present the deal at", /Ignite/u);
  });
});
