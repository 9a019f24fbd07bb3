/**
 * A comparison that only leans on a part not covered (branch entity14): the other company's
 * figure is what is asked, the story's figure only a yardstick for it. No phrasing here is in an
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { leansOn } from "./helpers/leaning.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

const leans = (before: string, part: string) => leansOn(index, before, part);

describe("a comparison leaning on the part before", () => {
  it.each([
    // Korean 비교 as a verb in any ending: the purpose of asking, not a question of its own.
    ["테슬라 연구비는 얼마나 돼요", "엔비디아랑 비교할라고요"],
    ["삼성 AI 투자액 얼마임", "마소랑 비교했을 때 궁금해서"],
    // "more or less than" read as written: the glossary takes "more or less" for "roughly".
    ["How much is Mistral raising", "more or less than NVIDIA's stake?"],
    // A preposition of comparison opens the part.
    ["What did Oracle commit to OpenAI", "next to NVIDIA's $10B?"],
    ["What's IBM's AI capex", "alongside Microsoft's five billion?"],
    // The other side is the part before, pointed at, though the yardstick names its parties.
    [
      "How much has Apple spent on chips",
      "how does that compare with NVIDIA's $10B for Anthropic?",
    ],
    ["What did SoftBank pay", "how do they stack up against Microsoft's share in Anthropic?"],
  ])("%s / %s leans on the part before", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });

  it.each([
    // Two sides of its own.
    ["What did Oracle commit to OpenAI", "is NVIDIA's $10B more than Microsoft's $5B?"],
    // A second question of its own, without comparing.
    ["How much is Mistral raising", "and what does NVIDIA put in?"],
    // "more or less" without "than" is roughly, and compares nothing.
    ["How much is Mistral raising", "what did NVIDIA put in, more or less?"],
  ])("%s / %s asks by itself", (before, part) => {
    expect(leans(before, part)).toBe(false);
  });
});

describe("the whole question is turned away", () => {
  it.each([
    "What is Tesla's AI budget? 엔비디아 투자랑 비교하려고요",
    "How much did SoftBank put into OpenAI, next to NVIDIA's ten billion?",
    "What did Meta spend on GPUs, and how does that compare with Anthropic's Azure commitment?",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });
});

describe("a guessed figure after a figure asked", () => {
  it.each([
    ["오픈AI 내년 매출 얼마 될까", "2000억쯤?"],
    ["How much will Anthropic raise next year", "$40B?"],
  ])("%s / %s leans on the part before", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });

  it.each([
    // Nothing asked as a figure before: the amount is a question of its own.
    ["테슬라 본사 어디야", "100억?"],
    // A known word beside the amount asks of the knowledge.
    ["How much will Anthropic raise next year", "NVIDIA's 10B?"],
  ])("%s / %s asks by itself", (before, part) => {
    expect(leans(before, part)).toBe(false);
  });

  it("turns the whole away", () => {
    const answer = answerFromKnowledge(index, "앤트로픽 내년 기업가치 얼마 찍을까? 6000억?");
    expect(answer.abstained, answer.text).toBe(true);
  });
});
