/**
 * A Korean list whose two items are the sides of one measure ("A랑 B 비율", "A와 B의 차이") is one
 * question (branch near13): split, its first item alone was answered beside "not covered". No
 * phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a list that is one measure's two sides", () => {
  it.each([
    "엔비디아 투자금 중에 현금하고 주식의 비율은 어때?",
    "앤트로픽 지분이랑 오픈AI 지분 격차는?",
    "마소 투자금과 엔비디아 투자금의 차이는?",
  ])("%s is one question", (question) => {
    expect(questionParts(index, question, false)).toHaveLength(1);
  });

  it("is turned away whole when the measure is not covered", () => {
    const answer = answerFromKnowledge(
      index,
      "엔비디아 투자금에서 현금이랑 주식 비율이 어떻게 돼?",
    );
    expect(answer.abstained, answer.text).toBe(true);
  });

  it.each(["엔비디아 투자 비중이랑 발표 날짜 알려줘", "마소 투자금이랑 엔비디아 투자금 알려줘"])(
    "%s still lists two asks",
    (question) => {
      expect(questionParts(index, question, false).length).toBeGreaterThan(1);
    },
  );
});
