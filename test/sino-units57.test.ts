/**
 * A Sino-Korean units digit after a small scale, ending its word (numbers.ts): "십오 빌리언" is
 * fifteen billion, "이십오 퍼센트" 25%, "백오십오" 155; "십오일" stays a date's word. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const keys = (text: string) => findAmounts(text).map((amount) => amount.key);

describe("the units digit after 십, 백, 천", () => {
  it("is read when it ends its word", () => {
    expect(keys("십오 빌리언")).toEqual(["15000000000"]);
    expect(keys("이십오 퍼센트")).toEqual(keys("25퍼센트"));
    expect(keys("백오십오 달러")).toEqual(keys("155달러"));
  });

  it("is not read into a word that goes on", () => {
    expect(keys("십오일")).toEqual(keys("십일"));
    expect(keys("백오십억이 맞아")).toEqual(keys("150억이 맞아"));
  });

  it("answers an amount said in Sino-Korean with an English scale", () => {
    says("삼십 빌리언 말고 십오 빌리언은 누가 내는 거야", /150억/u);
  });
});
