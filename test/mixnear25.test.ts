/**
 * Round 25 near questions: a total raised over a company's life (not this deal's money) and a
 * Scottish "wee question" remark trailing an uncovered question are not covered; this deal's own
 * money and dates stay answered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("money raised over a company's life", () => {
  it("is not covered", () => {
    for (const question of [
      "how much has anthropic raised since it began",
      "how much did OpenAI raise since it started?",
    ]) {
      expect(ask(question).abstained).toBe(true);
    }
  });

  it("leaves this deal's investment answered", () => {
    const answer = ask("how much is NVIDIA investing in Anthropic?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("$10 billion");
  });
});

describe("a trailing 'wee question'", () => {
  it("adds no covered fact after an uncovered question", () => {
    const answer = ask("When will the gigawatt come online? wee question");
    expect(answer.abstained).toBe(true);
  });

  it("leaves a covered question answered", () => {
    const answer = ask("wee question, how much is Microsoft investing in Anthropic?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("$5 billion");
  });
});
