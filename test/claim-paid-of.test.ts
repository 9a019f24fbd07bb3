/**
 * conf14: a product named after a figure's "of" ("$30bn of Claude credits", "30 billion dollars
 * worth of Claude licences") is what the money buys, not a party of the figure: the claim is
 * checked on the payer and payee, and a reversed one is a no, the other way. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a product bought with a claimed figure", () => {
  it("is no party of the figure: the payment the other way is a no", () => {
    for (const question of [
      "So Microsoft spends $30bn of Claude credits at Anthropic, right?",
      "Microsoft purchases 30 billion dollars worth of Claude licences from Anthropic, yes?",
    ]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(firstSentence(answer.text), question).toMatch(/^No, the money goes the other way/);
      expect(answer.text, question).toMatch(/\$30 billion of Microsoft Azure/);
    }
  });
});
