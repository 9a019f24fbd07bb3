/**
 * Money asked between two parties that no flow of the knowledge joins: not covered, never
 * answered with what else the knowledge says of them. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a payment between parties no flow joins", () => {
  it("is not covered, whichever way it is asked", () => {
    for (const question of [
      "google cloud is paying anthropic for claude, true?",
      "What is AWS paying Anthropic these days?",
      "아마존이 앤트로픽한테 돈 주는 거 있음?",
      "Is Anthropic paying Google for hosting anything?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(/payments|돈 거래/u);
    }
  });

  it("is answered where a flow joins them, through the names its fact gives", () => {
    for (const question of [
      "anthropic pays 30 billion for azure, yes?",
      "앤트로픽이 애저에 내는 돈 얼마임",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/30 billion|300억/u);
    }
  });
});
