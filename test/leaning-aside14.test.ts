/**
 * A part after a question not covered that asks nothing of its own (branch outside14): a word
 * on why the asker asks ("애가 궁금해해요"), or a yes or no on the answer before, pointed at ("is
 * that what pays for…?", "그걸로 …?"). Answered alone, it would put a covered fact beside "not
 * covered". No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { leansOn } from "./helpers/leaning.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

const leans = (before: string, part: string) => leansOn(index, before, part);

describe("an aside on why the asker asks", () => {
  it.each([
    ["오픈AI 작년 매출 얼마야?", "딸이 숙제라서요"],
    ["구글 TPU 몇 개 쓰는지 알아?", "남편이 물어봐서요"],
    ["애저 데이터센터 직원 몇 명이에요?", "친구랑 내기했거든요"],
    ["How many engineers does Anthropic have?", "my son is curious"],
    ["What is NVIDIA's profit margin?", "I'm just wondering"],
  ])("%s / %s leans on the part before", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });

  it.each([
    // A noun asked for, not a statement.
    ["Who else put money in?", "any hedge funds"],
    // A question of its own, with words the knowledge knows.
    ["오픈AI 작년 매출 얼마야?", "마소 투자액도 알려줘요"],
  ])("%s / %s asks by itself", (before, part) => {
    expect(leans(before, part)).toBe(false);
  });
});

describe("a yes or no on the answer before, pointed at", () => {
  it.each([
    ["What's Microsoft's cash pile?", "is that where the five billion comes from?"],
    ["How much did Anthropic earn last year?", "was that enough to cover the Azure bill?"],
    ["What's NVIDIA's operating margin?", "does that fund the 10B?"],
    ["엔비디아 작년 영업이익 얼마야?", "그걸로 100억 내는 거야?"],
    ["마소 올해 감원 몇명임?", "그게 앤트로픽 투자 재원?"],
  ])("%s / %s leans on the part before", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });

  it.each([
    // The pointer at the story itself asks of it.
    ["What's Microsoft's headcount?", "is that deal exclusive?"],
    // A Korean pointer with a question word of its own asks it.
    ["1기가와트면 칩 몇 장?", "그거 어느 클라우드에서 돌려?"],
  ])("%s / %s asks by itself", (before, part) => {
    expect(leans(before, part)).toBe(false);
  });
});

describe("the whole question is turned away", () => {
  it.each([
    "오픈AI 직원 몇 명이에요? 딸아이가 궁금해해요",
    "What's Microsoft's cash on hand? is that what funds the five billion into Anthropic?",
    "엔비디아 작년 영업이익 얼마야? 그걸로 앤트로픽에 100억 넣는 거야?",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });
});
