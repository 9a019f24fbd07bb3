/**
 * "Is it in the article?" of a relation the knowledge does not cover (branch others16): the parties
 * are in the article, their uncovered relation is not, so the answer is "not covered", never "yes,
 * the article mentions it". Also the start of operation said as "가동 개시" (knowledge data). No
 * phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a relation the knowledge lacks, asked whether the article mentions it", () => {
  it.each([
    "기사에 마소가 오픈AI에 넣은 누적 금액 나와?",
    "엔비디아 작년 매출 기사에 언급돼?",
    "Does the article mention NVIDIA's revenue?",
    "does the piece mention how much Microsoft has sunk into OpenAI over the years?",
  ])("%s", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });

  it.each([
    ["기사에 오픈AI 언급돼?", /오픈AI/u],
    ["Does the article mention Vera Rubin?", /Vera Rubin/u],
  ])("%s: the name alone is still found", (question, found) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(found);
  });
});

describe("the start of operation, said as 가동 개시", () => {
  it.each(["그 1기가와트 실제 가동 개시는 언제쯤?", "베라 루빈 컴퓨팅 가동 개시 일정 알려줘"])(
    "%s",
    (question) => {
      expect(answerFromKnowledge(index, question).abstained).toBe(true);
    },
  );
});
