import { describe, expect, it } from "vitest";
import {
  CLAUSE_SPLIT,
  ENGLISH_SPLIT,
  KOREAN_ASKED_END,
  KOREAN_BARE_GO,
  KOREAN_NOUN_SPLIT,
  KOREAN_SPLIT,
  MAY_LIST,
  MAY_SPLIT,
  MAY_SPLIT_CLAUSES,
  splitQuestion,
} from "../src/answer/fallback/question-shape.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

// The cheap scans before splitting a question into parts, and a part into a list of nouns: a
// text they turn away must be one the splits find no place in.
describe("the splits' cheap scans", () => {
  it("turn away only texts no split pattern matches", () => {
    let turnedAway = 0;
    for (const question of evalQuestions()) {
      for (const text of [question, ...splitQuestion(question)]) {
        if (!MAY_SPLIT.test(text)) {
          turnedAway++;
          for (const split of [ENGLISH_SPLIT, KOREAN_SPLIT, KOREAN_BARE_GO, KOREAN_ASKED_END]) {
            expect(text.search(split), `${split.source.slice(0, 30)}… in ${text}`).toBe(-1);
          }
        }
        if (!MAY_LIST.test(text)) expect(text.search(KOREAN_NOUN_SPLIT), text).toBe(-1);
        if (!MAY_SPLIT_CLAUSES.test(text)) expect(text.search(CLAUSE_SPLIT), text).toBe(-1);
      }
    }
    // The scan must spare a good share of questions the splitting.
    expect(turnedAway).toBeGreaterThan(100);
  });

  it("let every kind of join through", () => {
    const splits = (text: string) =>
      [ENGLISH_SPLIT, KOREAN_SPLIT, KOREAN_BARE_GO, KOREAN_ASKED_END].some(
        (split) => text.search(split) !== -1,
      );
    for (const text of [
      "how much did NVIDIA invest and when was it announced",
      "the amount,plus the date",
      "how much? when?",
      "마소 투자 얼마야 발표 언제야",
      "the amount & when was it",
      "the amount; the date",
      "investment+date",
      "how much / when was it",
      "the date 2) the amount",
      "the amount as well as the date",
      "엔비디아 투자금이랑 쓰기로 한 하드웨어",
      "앤트로픽 가치 얼마로 뛰었고 그 전엔 얼마였어?",
      "모델 뭐 들어가고 발표는 언제야",
      "투자 금액이며 발표는 언제",
      "투자 금액이면서 발표는 언제",
      "얼마 투자 그리고 언제",
      "얼마 투자 또 언제",
      "얼마 투자 및 언제",
    ]) {
      expect(splits(text), text).toBe(true);
      expect(MAY_SPLIT.test(text), text).toBe(true);
    }
    // A question mark that ends the question splits nothing: the scan turns it away.
    expect(MAY_SPLIT.test("how much did NVIDIA invest?")).toBe(false);
    for (const text of [
      "NVIDIA put in $10B, right? And when was it announced?",
      "Microsoft invested $5B and what did NVIDIA put in?",
      "the amount; the date, right?",
      "엔비디아 투자했고, 마소도 했지?",
    ]) {
      expect(text.search(CLAUSE_SPLIT), text).not.toBe(-1);
      expect(MAY_SPLIT_CLAUSES.test(text), text).toBe(true);
    }
    for (const text of [
      "투자 금액과 구매 약정액",
      "마소 투자액와 엔비디아 투자액",
      "total investment, the Azure spend",
    ]) {
      expect(text.search(KOREAN_NOUN_SPLIT), text).not.toBe(-1);
      expect(MAY_LIST.test(text), text).toBe(true);
    }
  });
});
