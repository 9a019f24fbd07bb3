/**
 * A measure the fact sheet has no figure of (ratio, percentage, duration, count, the date of
 * another event) is not covered: never the nearest figure instead. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("measures the knowledge has no figure of", () => {
  it("turn the question away", () => {
    for (const question of [
      "Grace Blackwell은 이전 세대보다 몇 배 효율적이야?",
      "What percent of Anthropic does NVIDIA own after this?",
      "How many months does the Azure purchase last?",
      "앤트로픽 직원 몇 명이야?",
      "When will Microsoft deliver the compute to Anthropic?",
      "When will the money from NVIDIA arrive?",
      "What's the latency of Claude Opus 4.1?",
      "1기가와트면 칩이 몇 개 들어가?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leave measures it does cover alone", () => {
    expect(ask("엔비디아 투자액은 마이크로소프트 투자액의 몇 배야?").abstained).toBe(false);
    expect(ask("When was the partnership announced?").abstained).toBe(false);
    expect(ask("How much compute did Anthropic contract?").abstained).toBe(false);
  });
});
