/**
 * A list numbered the way a Korean report numbers it (circled numbers "① ②", letters "가. 나.",
 * "(가) (나)") is a list of asks like "1) 2)": every item is answered with its quote, an item not
 * covered is said so beside the others, and a line before the list ("확인 부탁드립니다.") is its
 * frame, not a story. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { LIST_MARK, listMarkOrder, mayHoldSecondMark } from "../src/answer/fallback/list-marks.ts";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the marks of a list", () => {
  it.each([
    ["① 하나 ② 둘 ③ 셋", [1, 2, 3]],
    ["가. 하나\n나. 둘\n다. 셋\n라. 넷", [1, 2, 3, 4]],
    ["(가) 하나 (나) 둘", [1, 2]],
    ["1) one 2) two", [1, 2]],
  ])("reads %j in order", (text, orders) => {
    expect([...text.matchAll(LIST_MARK)].map(listMarkOrder)).toEqual(orders);
  });

  it("reads no mark in a sentence's end or a word", () => {
    expect([..."그건 하나. 이건 둘. 가나다 순서".matchAll(LIST_MARK)]).toEqual([]);
    expect(mayHoldSecondMark("엔비디아가 얼마 냈나. 마소는?")).toBe(false);
  });
});

describe("a Korean report's numbered list", () => {
  it.each([
    ["① 마이크로소프트 투자 상한 ② 엔비디아 투자 상한", [/50억/, /100억/]],
    ["가. 발표 행사 이름\n나. 앤트로픽 구매 약정 금액", [/Ignite/, /300억/]],
    ["①앤트로픽 기업가치②마소 투자금", [/3500억/, /50억/]],
    ["(가) 클로드가 들어가는 코파일럿 제품 (나) 발표 날짜", [/Copilot Studio/, /11월 18일/]],
    ["① NVIDIA's pledge ② Microsoft's pledge", [/10 billion/, /5 billion/]],
  ])("answers every item of %j", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    for (const pattern of expected) expect(answer.text).toMatch(pattern);
  });

  it.each([
    ["확인 부탁드립니다.\n가) 엔비디아 투자 규모\n나) 앤트로픽 직원 수", /100억/],
    ["가. 앤트로픽 기업가치 나. 앤트로픽 연매출", /3500억/],
    [
      "Quick check for my memo.\n① Azure commitment\n② extra compute capacity\n③ Anthropic's headcount",
      /30 billion/,
    ],
  ])("answers the covered items of %j and names the other", (question, covered) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(covered);
    expect(answer.text).toMatch(/doesn't cover|다루지 않아요/);
  });

  it("keeps a frame line out of the items", () => {
    const parts = questionParts(index, "검토 요청.\n가. 엔비디아 투자액\n나. 발표일", false);
    expect(parts.map((part) => part.bare)).toEqual(["엔비디아 투자액", "발표일"]);
  });
});
