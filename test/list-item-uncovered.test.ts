/**
 * A numbered or bulleted list of asks where one item is not covered: every item is asked, so the
 * covered items are answered with their quotes and the other one is said not covered; the
 * uncovered last item never turns the whole list away. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a list whose last item is not covered", () => {
  it.each([
    ["1) How much is NVIDIA putting in? 2) What is NVIDIA's market share?", /10 billion/],
    ["(a) Anthropic's valuation (b) what Anthropic earned in sales last year", /350 billion/],
    ["- microsoft investment amount\n- how many employees microsoft has", /5 billion/],
    ["1. 엔비디아 투자액 2. 엔비디아 창립 연도는?", /100억/],
    ["1) how much msft put in 2) msft sales figures lol", /5 billion/],
    ["1) 앤트로픽 기업가치는? 2) 앤트로픽 연매출은 얼마임?", /3500억/],
  ])("answers the covered item of %j", (question, covered) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(covered);
    expect(answer.text).toMatch(/doesn't cover|다루지 않아요/);
  });
});

describe("the items of a numbered list", () => {
  it("leaves the join before the next number to no item", () => {
    const answer = ask(
      "1) Who is Microsoft's CEO? 2) When was it announced? Plus 3) how much is NVIDIA investing?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Nadella/);
    expect(answer.text).toMatch(/18 November/);
    expect(answer.text).toMatch(/10 billion/);
    const korean = ask("1) 엔비디아 투자 금액 그리고 2) 발표 날짜");
    expect(korean.text).toMatch(/100억/);
    expect(korean.text).toMatch(/11월 18일/);
  });

  it("keeps an item whole when its pieces ask nothing alone", () => {
    const answer = ask("1) 엔비디아는 왜 앤트로픽이랑 협력했는지 2) 마소는 얼마 넣었는지");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/엔비디아는 왜 앤트로픽이랑 협력했는지/);
    expect(answer.text).toMatch(/50억/);
  });

  it("asks an item naming only a person the knowledge lacks, beside the others", () => {
    for (const question of [
      "1) what did Jensen Huang say 2) how much did NVIDIA put in",
      "notes for class: 1) how much did NVIDIA put in 2) what did Jensen Huang say",
      "1) 젠슨 황은 뭐라고 했어? 2) 엔비디아 투자액은?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.text).toMatch(/10 billion|100억/);
      expect(answer.text).toMatch(/Jensen Huang|젠슨 황/);
    }
  });
});

describe("two question words sharing one clause, capitalised", () => {
  it("keeps 'When and where…' one part", () => {
    expect(splitQuestion("How and why did NVIDIA get involved, and what did it commit?")).toEqual([
      "How and why did NVIDIA get involved",
      "what did it commit?",
    ]);
    expect(splitQuestion("Where and when was it revealed, and who is Microsoft's CEO?")).toEqual([
      "Where and when was it revealed",
      "who is Microsoft's CEO?",
    ]);
  });

  it("answers the shared clause and the part after it", () => {
    const answer = ask("Where and when did they reveal it, and how much is Microsoft putting in?");
    expect(answer.text).toMatch(/Ignite/);
    expect(answer.text).toMatch(/5 billion/);
  });
});

describe("a Korean 'give' asked of a payer", () => {
  it.each([
    ["엔비디아가 앤트로픽에 얼마 주나요?", /100억/],
    ["앤트로픽은 마이크로소프트한테 얼마 주냐", /300억/],
    ["엔비디아는 앤트로픽한테 돈을 얼마나 주는지 궁금해요", /100억/],
  ])("reads the verb as 줘 is read: %j", (question, figure) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text.split("\n", 1)[0]).toMatch(figure);
  });

  it("answers the covered item of a list beside one not covered", () => {
    const answer = ask(
      "(1) 마이크로소프트는 엔비디아에 얼마 주나요 (2) 앤트로픽은 마이크로소프트에 얼마 주나요",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/다루지 않아요/);
    expect(answer.text).toMatch(/300억/);
  });
});

describe("how the asker lays the answer out", () => {
  it.each([
    "마이크로소프트 투자액이랑 엔비디아 투자액 표로 만들어야 해요",
    "마소 투자액이랑 엔비디아 투자액 표에 넣을 거예요, 알려줘",
    "NVIDIA's and Microsoft's investments in a table please",
  ])("is no word of the question: %j", (question) => {
    const read = index.analyze(question);
    expect(read.terms.filter((term) => !term.known).map((term) => term.text)).toEqual([]);
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/50억|5 billion/);
    expect(answer.text).toMatch(/100억|10 billion/);
  });
});
