/**
 * The split of one figure between things a fact names together (branch outside14): "A랑 B 몇 대
 * 몇", "the ratio between A and B", "A B 각각 몇 기가와트씩". The fact gives one figure for both,
 * so stating it answers a different question; two parties with figures of their own are still
 * answered with both. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a split between things named together", () => {
  it.each([
    "그레이스 블랙웰하고 베라 루빈 몇대몇으로 들어가요?",
    "what's the ratio between grace blackwell and vera rubin systems",
    "블랙웰 루빈 각각 몇 기가와트씩 받는 거야",
    "소넷이랑 오퍼스 사용 비율 몇 대 몇이야?",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it.each([
    "마소 엔비 각각 얼마씩 투자했어?",
    "엔비디아 대 마소 투자금 몇 대 몇임?",
    "What's the ratio of NVIDIA's stake money to Microsoft's?",
  ])("two parties' own figures answer: %s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
  });
});
