/**
 * A claim that restates the piece's own error with the payers left unnamed ("the two companies
 * invested $30B in Anthropic?") gets the fact check, not the payment that shares the figure.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the piece's error restated", () => {
  it("with the payers unnamed gets the fact check", () => {
    says("Is it true the two companies invested $30 billion in Anthropic?", /^No.*\$15 billion/u);
    says("양사가 앤트로픽에 300억 달러를 투자했다는데 사실이에요?", /^아니에요.*150억 달러/u);
  });

  it("with the money's real way named is still the payment", () => {
    says("did anthropic invest 30B in microsoft?", /^No: Anthropic committed to buy \$30 billion/u);
  });
});
