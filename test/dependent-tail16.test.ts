/**
 * A tail that asks nothing of its own after a part not covered (dependent-tail.ts, branch
 * others16): a Korean clause ending on a connective or on "…로", an English detail asked by a
 * preposition and a question word, "any …?", an impression, and a comparison with one side. No
 * phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import {
  isEnglishDependentTail,
  isKoreanDependentTail,
} from "../src/answer/fallback/dependent-tail.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { leansOn } from "./helpers/leaning.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const leans = (before: string, part: string) => leansOn(index, before, part);

describe("a Korean tail with no verb ending of its own", () => {
  it.each([
    "보고서에 쓰려고",
    "발표 자료 만들어야 해서요",
    "원화 기준으로",
    "어제 종가 기준으로요",
    "개당 가격으로",
    "비교해 보려고요",
    "팀장님이 물어보니까",
    "표에 넣어서",
  ])("%s", (part) => {
    expect(isKoreanDependentTail(part, index.analyze(part))).toBe(true);
  });

  it.each([
    // A question word asks by itself.
    "마소는 얼마 넣어서?",
    // "…에 대해서" names a topic to ask of.
    "엔비디아 투자에 대해서",
    // Nouns that end on 서 or 로 are no endings.
    "돈 흐르는 순서",
    "자금 경로",
    // A verb's own ending closes a clause.
    "엔비디아 투자액 알려줘",
  ])("%s asks by itself", (part) => {
    expect(isKoreanDependentTail(part, index.analyze(part))).toBe(false);
  });

  it("leans on a part before it", () => {
    expect(leans("오라클 클라우드 매출 얼마임", "보고서에 쓰려고")).toBe(true);
    expect(leans("소프트뱅크 지분율은 얼마나 돼요", "원화 기준으로")).toBe(true);
  });
});

describe("an English tail that only asks more of the part before", () => {
  it.each([
    "under which conditions?",
    "at what price?",
    "for how long?",
    "any comment?",
    "and any reaction at all?",
    "seems like everyone is raising right now",
    "pretty sure it was a bank",
  ])("%s", (part) => {
    expect(isEnglishDependentTail(part, index.analyze(part))).toBe(true);
  });

  it.each([
    // A party of its own is asked of.
    "at what price did NVIDIA invest?",
    "any NVIDIA figure?",
    // A question mark after the impression is a claim to check.
    "I think Microsoft put in five billion?",
    // A longer question asks by itself.
    "in which of the three big clouds can businesses use the models?",
  ])("%s asks by itself", (part) => {
    expect(isEnglishDependentTail(part, index.analyze(part))).toBe(false);
  });

  it.each([
    ["What's Perplexity worth", "on par with Anthropic?"],
    ["How much has Mistral raised", "similar to Anthropic?"],
    ["What is Cohere valued at", "same range as Anthropic?"],
  ])("%s / %s compares with one side", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });
});

describe("the whole question is turned away", () => {
  it.each([
    "오라클 클라우드 매출 얼마임? 보고서에 쓰려고",
    "소프트뱅크가 앤트로픽에 얼마 넣었어요? 원화 기준으로요",
    "메타 직원 수 몇 명이에요? 발표 자료 만들어야 해서요",
    "Did Oracle sign a hosting deal with Anthropic, and under which conditions?",
    "What did Sam Altman make of the deal? any comment?",
    "How much is Mistral valued at? seems like everyone is raising",
    "What's Perplexity worth? on par with Anthropic?",
  ])("%s", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });

  it("a covered question with the same tail is still answered", () => {
    const answer = answerFromKnowledge(
      index,
      "마이크로소프트는 얼마 투자했나요? 발표 자료에 넣으려고요",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("50억");
  });

  it("a covered question after a tail is still answered", () => {
    const answer = answerFromKnowledge(
      index,
      "What's Oracle's revenue? any comment? And how much did NVIDIA invest?",
    );
    expect(answer.text).toMatch(/10 billion|\$10B/u);
  });
});
