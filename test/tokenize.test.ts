import { describe, expect, it } from "vitest";
import { tokenize } from "../src/search/tokenize.ts";

const words = (text: string) =>
  tokenize(text).map((token) => [token.text, token.script, token.start, token.end]);

describe("tokenize", () => {
  it("splits at a change of script and reads amounts as one token", () => {
    expect(words("ms가 30bn 투자")).toEqual([
      ["ms", "latin", 0, 2],
      ["가", "hangul", 2, 3],
      ["30000000000", "amount", 4, 8],
      ["투자", "hangul", 9, 11],
    ]);
  });

  it("keeps what follows an amount inside a word as a word", () => {
    expect(words("1기가와트는확정이야")).toEqual([
      ["1gw", "amount", 0, 5],
      ["는확정이야", "hangul", 5, 10],
    ]);
  });

  it("counts a letter outside the BMP as one letter of two code units", () => {
    expect(words("\u{10780}ab 한글abc x")).toEqual([
      ["\u{10780}ab", "latin", 0, 4],
      ["한글", "hangul", 5, 7],
      ["abc", "latin", 7, 10],
      ["x", "latin", 11, 12],
    ]);
  });

  it("drops contractions and possessives", () => {
    expect(words("it's nvidia's")).toEqual([
      ["it", "latin", 0, 2],
      ["nvidia", "latin", 5, 11],
    ]);
  });
});
