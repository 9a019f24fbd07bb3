/**
 * Terms of the money the record does not give (branch outside15): what the invested money is spent
 * on, a return on it, repaying it, the day it arrives, lock-ups and instruments, another company's
 * share of OpenAI, and "open eye" (OpenAI, voice-typed). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("terms the record does not give", () => {
  it.each([
    "what is anthropic going to do with the investment money?",
    "How will Anthropic use the funds it raised from Microsoft and NVIDIA?",
    "투자금은 앤트로픽이 어디에 써요?",
    "이번에 투자받은 돈 사용처 공개됐어?",
    "what ROI is microsoft hoping for on its stake?",
    "마소가 기대하는 투자 수익률 얼마야",
    "if Claude flops, does Anthropic need to pay it back to NVIDIA?",
    "앤트로픽이 이 돈 나중에 갚아야 돼?",
    "when do the funds arrive at Anthropic, which day?",
    "is there any lockup on microsoft's new shares?",
    "did nvidia get warrants or a convertible note?",
    "MS 투자는 전환사채 방식이야?",
    "how much of openai does microsoft hold these days",
  ])("is not covered: %s", (question) => {
    expect(ask(question).abstained).toBe(true);
  });

  it.each([
    ["삼백억 달러는 앤트로픽이 어디에 쓰는 돈이야?", /Azure|애저/u],
    ["Is Microsoft basically getting its money back through Azure?", /Azure/u],
    ["When was the partnership announced? what day exactly", /18/u],
  ])("leaves the record's own answer: %s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("hears 'open eye' as OpenAI", () => {
    const answer = ask("how much is open eye valued at");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/OpenAI/u);
    expect(answer.text).not.toMatch(/350/u);
  });
});
