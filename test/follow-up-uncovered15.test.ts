/**
 * A short follow-up after a part the record does not cover asks more of that part (branch
 * events15): "any date?" after a "when" it cannot give, or another party's name ("and NVDA?",
 * "엔비디아는?") after a measure it lacks. Answered alone, the story's own date or a party's
 * figure would sit beside "not covered". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a follow-up of a part not covered", () => {
  it.each([
    "When do the Grace Blackwell racks actually come online? Any rough date?",
    "How far did NVDA shares fall on announcement day? And MSFT?",
    "마이크로소프트 직원 수가 몇 명이에요? 엔비디아는?",
    "What's Anthropic's headcount? What about NVIDIA?",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/18 November|11월 18일/u);
  });

  it("still answers another party's figure after a part that is covered", () => {
    const answer = ask("How much is Microsoft putting in? And NVIDIA?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$10 billion/u);
  });
});

describe("a pronoun for the thing a part before asked, not covered", () => {
  it.each([
    "그 데이터센터 전기료는 얼마나 나와요? 그거 누가 부담해요?",
    "What's Anthropic's yearly revenue? Who audits that?",
  ])("%s is not covered", (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});
