import { describe, expect, it } from "vitest";
import { monthsNamed, namesMonth } from "../src/search/dates.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

// namesMonth is monthsNamed(text).size > 0 without collecting the months: the same for every text.
describe("namesMonth", () => {
  it("says whether monthsNamed finds a month, on every eval question", () => {
    let named = 0;
    for (const question of evalQuestions()) {
      for (const text of [question, normalizeText(question)]) {
        const expected = monthsNamed(text).size > 0;
        expect(namesMonth(text), text).toBe(expected);
        if (expected) named++;
      }
    }
    expect(named).toBeGreaterThan(50);
  });

  it("reads months in Korean and English, short or long", () => {
    for (const text of ["11월 18일", "9 월", "in Sept.", "NOVEMBER 18", "oct 2025"]) {
      expect(namesMonth(text), text).toBe(true);
    }
    for (const text of ["30억", "maybe", "decent", "월요일에"]) {
      expect(namesMonth(text), text).toBe(monthsNamed(text).size > 0);
    }
  });
});
