/**
 * A numbered list with an advice or forecast item: the other items are answered, the advice is
 * declined for that item only; and a sentence framing the list before it ("I need these for
 * tomorrow's board memo. 1) …") is no item. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("an advice item in a numbered list", () => {
  it.each([
    ["1) NVIDIA's cap 2) will NVDA go up after this?", /10 billion/, /investment advice/],
    ["① 마소 투자 상한 ② 마소 주식 지금 사도 됨?", /50억/, /투자 조언/],
    [
      "내일 보고서 작성용 자료 부탁드립니다. 가. 엔비디아 투자 상한 나. 엔비디아 주가 전망",
      /100억/,
      /투자 조언/,
    ],
  ])("answers the other items of %j and declines the advice", (question, answered, declined) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(answered);
    expect(answer.text).toMatch(declined);
  });

  it("still declines a list of advice only", () => {
    expect(ask("1) should I buy NVDA? 2) should I sell MSFT?").abstained).toBe(true);
  });
});

describe("a sentence framing a numbered list", () => {
  it("is no item", () => {
    const answer = ask(
      "I need these for tomorrow's board meeting memo. 1) NVIDIA's cap 2) Microsoft's cap",
    );
    expect(answer.text).toMatch(/10 billion/);
    expect(answer.text).toMatch(/5 billion/);
  });
});
