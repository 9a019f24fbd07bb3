/**
 * near22: a near question (an attribute or a quotation the knowledge lacks) stays not covered as
 * a whole; the parts that only ask it again, or qualify it, find no nearby fact. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { splitNounList } from "../src/answer/fallback/question-shape.ts";
import { addsNoAskOfItsOwn, restatingParts } from "../src/answer/fallback/restating-half.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("an 'and' inside brackets", () => {
  it("joins the aside's words, no two items", () => {
    expect(splitNounList("the vesting terms (cliff and dates) for Microsoft's stake")).toEqual([
      "the vesting terms (cliff and dates) for Microsoft's stake",
    ]);
    expect(
      ask("Kindly share the disbursement plan (amounts and dates) for Microsoft's investment.")
        .abstained,
    ).toBe(true);
  });
});

describe("a part that asks again what the part before lacks", () => {
  it("asks for the quotation of a statement not covered", () => {
    expect(
      addsNoAskOfItsOwn(
        "Please share the quote.",
        "What did Satya Nadella say",
        "Satya Nadella's statement",
      ),
    ).toBe(true);
    expect(ask("What did Satya Nadella say about Claude? Please share the quote.").abstained).toBe(
      true,
    );
  });

  it("asks the time of a schedule not covered, in the words of the part before", () => {
    const parts = [
      { text: "엔비디아 100억 나눠서 넣는 거예요", bare: "엔비디아 100억 나눠서 넣는 거예요" },
      { text: "엔비디아 언제까지 다 넣는지 알려 주세요", bare: "언제까지 다 넣는지 알려 주세요" },
    ];
    const answers = [
      { abstained: true, text: "기사는 엔비디아의 지급 일정에 대해서는 다루지 않아요." },
      { abstained: false, text: "세 회사는 2025년 11월 18일 …" },
    ];
    expect(restatingParts(parts, answers)).toEqual([1]);
    // A part with an ask of its own stays.
    const other = [
      parts[0] as (typeof parts)[number],
      { text: "엔비디아 투자 금액은 얼마예요", bare: "투자 금액은 얼마예요" },
    ];
    expect(restatingParts(other, answers)).toEqual([]);
  });
});

describe("an uncovered attribute of a covered figure", () => {
  it("is not covered when asked with a unit aside ('the term, in months, of…')", () => {
    const answer = ask("What's the term, in months, of NVIDIA's $10 billion investment?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/duration/);
  });

  it("is not covered when the sum is claimed to come all at once or in pieces", () => {
    for (const question of [
      "100억 달러 한꺼번에 다 받는 건 아니죠?",
      "100억 달러 한 번에 다 들어와요?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.text).toMatch(/지급 일정/);
    }
  });
});

describe("a lead closed by a tag question", () => {
  it("asks, and the part after that points back asks of its speaker", () => {
    for (const question of [
      "Jensen Huang didn't comment on the investment, did he? What did he say?",
      "Jensen Huang gave no comment on the deal, did he? What did he say then?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.text).toMatch(/Jensen Huang/);
    }
    // A speaker the facts quote is still answered.
    expect(ask("Satya Nadella didn't talk about OpenAI, did he? What did he say?").abstained).toBe(
      false,
    );
  });
});
