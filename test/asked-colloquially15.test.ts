/**
 * Two ways of asking read as what they are: "머" written for "뭐" ("투자액 머였지", "머야") is a
 * question word, so the message asks a value and is no claim to confirm; and the name of the
 * company's AI ("앤트로픽 인공지능 이름이 뭐야?", "what's Anthropic's AI called?") is asked of what
 * the article calls it (its AI model Claude). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm, hasQuestionWord } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("머 for 뭐", () => {
  it("asks a value, not a yes or no", () => {
    for (const question of ["마소 투자금 머였지", "발표한 행사 머야?", "엔비디아가 대는 칩 머임"]) {
      expect(asksToConfirm(normalizeText(question)), question).toBe(false);
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).not.toMatch(/^(?:맞아|아니)/u);
    }
  });

  it("stays a claim where 머 is part of a word (머니, 머스크)", () => {
    for (const text of ["머니 게임 맞지", "머스크 얘기 맞지", "머신러닝 회사 맞지"]) {
      expect(hasQuestionWord(text), text).toBe(false);
    }
  });
});

describe("the name of the company's AI", () => {
  it("is answered with what the article calls it", () => {
    for (const question of [
      "앤트로픽 인공지능 이름이 머였더라",
      "앤트로픽 ai 이름 알려줘",
      "so what's anthropic's ai called again",
      "what is the name of anthropic's chatbot?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/클로드|Claude/u);
    }
  });
});
