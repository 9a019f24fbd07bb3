/**
 * A sum named by what it goes on and then by who pays it ("the Azure bill of Anthropic", Taglish
 * "the Azure spend ni Anthropic") is the payer's money, not money the thing pays the payer.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a spend named before its payer", () => {
  it("answers the payer's figure", () => {
    says("How much is the Azure spend by Anthropic, roughly?", /\$30 billion/u);
    says("how much po is the Azure spend ni Anthropic?", /\$30 billion/u);
  });
});
