/**
 * A quoting 고 ("돈이 돈다고 말한 전문가", "얼마라고 한 기사") ties the quote to its verb of saying:
 * no second question starts there, whatever question words stand around it. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";

describe("a quoting 고", () => {
  it("does not split its quote from the verb of saying", () => {
    expect(splitQuestion("뭐가 문제라고 말한 전문가는 누구야?")).toEqual([
      "뭐가 문제라고 말한 전문가는 누구야?",
    ]);
  });

  it("still splits a bare 고 between two asks", () => {
    expect(splitQuestion("모델 뭐 들어가고 발표는 언제야?")).toEqual([
      "모델 뭐 들어가고",
      "발표는 언제야?",
    ]);
  });
});
