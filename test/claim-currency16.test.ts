/**
 * A figure claimed in won of money the facts give in dollars is a no, with the dollar figure
 * ("100억 원" is not "100억 달러"); a bare zero talked about as a digit ("0 개수 맞죠?") is no
 * figure claimed. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a dollar figure claimed in won", () => {
  it("is a no, with the dollar figure", () => {
    for (const question of [
      "마소가 앤트로픽에 50억원 넣은 거 맞지?",
      "엔비디아 투자액 100억 원 확실함?",
      "Microsoft put in 5 billion won, right?",
      "so nvidia's in for 10 billion KRW, correct?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:아니|No)/u);
      expect(got.text, question).toMatch(/달러|\$/u);
    }
  });

  it("leaves the same figure in dollars a yes", () => {
    for (const question of [
      "마소가 앤트로픽에 50억 달러 넣은 거 맞지?",
      "NVIDIA put in $10B, right?",
    ]) {
      expect(answer(question).text, question).toMatch(/^(?:맞|Yes)/u);
    }
  });
});

describe("a zero talked about as a digit", () => {
  it("claims no figure", () => {
    for (const question of [
      "마소 투자금 5,000,000,000달러로 썼는데 0 몇 개 맞아?",
      "nvidia: 10,000,000,000 dollars, did I get the 0 count right?",
    ]) {
      expect(answer(question).text, question).toMatch(/^(?:맞|Yes)/u);
    }
  });
});
