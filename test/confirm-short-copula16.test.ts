/**
 * claims16b: a copula shortened to 's or 're ("Claude's on…", "they're…") states a claim, so a
 * statement ending in a question mark asks to confirm it; 's before a noun is whose, not is.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a shortened copula", () => {
  it("asks to confirm the statement it makes", () => {
    for (const question of [
      "claude's available on azure now?",
      "nvidia's already in for the chips deal?",
      "it's a done deal?",
      "they're buying azure capacity?",
      "anthropic's still on aws as well?",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
  });

  it("leaves a possessive before a noun alone", () => {
    expect(asksToConfirm("anthropic's valuation?")).toBe(false);
    expect(asksToConfirm("claude's models on foundry?")).toBe(false);
    expect(asksToConfirm("openai's funding round size?")).toBe(false);
  });

  it("answers the claim yes or no", () => {
    expect(lead("claude's available on all three major clouds now?")).toMatch(/^Yes/);
  });
});
