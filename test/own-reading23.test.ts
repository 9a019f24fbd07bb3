/**
 * The asker's own reading offered for checking ("So the way I understand it: A, and separately
 * B. Is that the correct reading?"): the lead-in and the tag are words of asking, not of the
 * claim, and an adverb that sets the next part apart belongs to the joint, so each part is
 * checked and a right reading gets its first yes.
 */
import { describe, expect, it } from "vitest";
import { claimClauses } from "../src/answer/fallback/claim-parts.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the asker's own reading", () => {
  it("is a yes when every part holds", () => {
    says(
      "The way I read it: Anthropic buys $30B of Azure compute, and meanwhile Microsoft and NVIDIA invest in Anthropic. Is that a fair summary?",
      /^Yes, both are right/u,
    );
    says("Microsoft and NVIDIA invest in Anthropic. Is that the right interpretation?", /^Yes/u);
  });

  it("is a no when a part is wrong", () => {
    says(
      "The way I see it: Anthropic buys $30B of Azure compute, and separately Microsoft invests $10B in Anthropic. Is my reading correct?",
      /^No/u,
    );
  });

  it("cuts the parts after the adverb that sets them apart", () => {
    const names = new Set(["anthropic", "microsoft", "nvidia"]);
    expect(
      claimClauses(
        "Anthropic buys $30B of Azure compute, and separately Microsoft and Nvidia invest in Anthropic, right?",
        names,
      ),
    ).toEqual([
      "Anthropic buys $30B of Azure compute, right?",
      "Microsoft and Nvidia invest in Anthropic, right?",
    ]);
  });
});
