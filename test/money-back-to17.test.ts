/**
 * Money asked to go back to a party ("does the money end up going back to NVIDIA?"): every flow
 * and the loop they make, not one party's own payment. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("money going back to a party", () => {
  it.each([
    "so does anthropic's cash wind up going back to nvidia or what",
    "is the money just cycling back to msft at the end of the day?",
    "the 30B, it makes its way back to nvidia eventually?",
    "does microsoft's money come back to microsoft somehow",
    "wait does all the funding flow back into nvidia",
  ])("lays out the loop for %s", (question) => {
    says(question, /Anthropic → Microsoft/u);
    says(question, /circular|순환/u);
  });

  it("leaves a share of the money asked to its own reading", () => {
    expect(ask("how much of it ends up going back to nvidia exactly?").text).not.toMatch(
      /Anthropic → Microsoft: Azure compute purchases \(\$30 billion\); Anthropic → NVIDIA/u,
    );
  });
});
