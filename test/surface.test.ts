/**
 * The surface layer: how raw text becomes words and canonical values before any matching.
 * Unicode folding, numbers in every spelling, Korean endings (casual ones too).
 */
import { describe, expect, it } from "vitest";
import { stripEndings } from "../src/search/korean.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { findAmounts } from "../src/search/numbers.ts";

const keys = (text: string) => findAmounts(normalizeText(text)).map((amount) => amount.key);

describe("Unicode folding", () => {
  it("takes combining accents off Latin letters", () => {
    expect(normalizeText("Micro\u0301soft")).toBe("microsoft");
    expect(normalizeText("Nvídia café")).toBe("nvidia cafe");
  });

  it("reads Cyrillic and Greek look-alikes inside a Latin word as Latin", () => {
    expect(normalizeText("NVIDI\u0410")).toBe("nvidia");
    expect(normalizeText("Micr\u03bfsoft")).toBe("microsoft");
    expect(normalizeText("\u0391zure")).toBe("azure");
  });

  it("keeps a real Greek or Russian word", () => {
    expect(normalizeText("Москва")).toBe("москва");
    expect(normalizeText("λόγος")).toBe("λογος");
  });

  it("folds mathematical and full-width letters, invisible characters and soft hyphens", () => {
    expect(normalizeText("\u{1d40d}\u{1d415}\u{1d408}\u{1d403}\u{1d408}\u{1d400}")).toBe("nvidia");
    expect(normalizeText("ａｎｔｈｒｏｐｉｃ")).toBe("anthropic");
    expect(normalizeText("Nvi\u00addia 엔비\u200b디아")).toBe("nvidia 엔비디아");
  });

  it("never decomposes Hangul, and drops a stray mark after a syllable", () => {
    expect(normalizeText("마이크로소프트 투자".normalize("NFD"))).toBe("마이크로소프트 투자");
    expect(normalizeText("엔\u0301비디아")).toBe("엔비디아");
    expect(normalizeText("순환 투자")).toBe("순환 투자");
  });
});

describe("numbers in every spelling", () => {
  it("gives every spelling of one amount the same key", () => {
    const thirty = "30000000000";
    for (const spelling of [
      "$30B",
      "30 billion dollars",
      "30 bil",
      "30bn",
      "thirty billion",
      "$30,000,000,000",
      "300억 달러",
      "300억불",
      "삼백억 달러",
      "3백억",
    ]) {
      expect(keys(spelling), spelling).toEqual([thirty]);
    }
  });

  it("reads Sino-Korean numerals, alone and mixed with digits", () => {
    expect(keys("오십억")).toEqual(["5000000000"]);
    expect(keys("백오십억 달러")).toEqual(["15000000000"]);
    expect(keys("3천5백억")).toEqual(["350000000000"]);
    expect(keys("1조 2천억")).toEqual(["1200000000000"]);
    // The particle after the amount is not a digit: 오십억이야 is 50억, not 50억 and 2.
    expect(keys("오십억이야")).toEqual(["5000000000"]);
  });

  it("reads English number words with scales and compounds", () => {
    expect(keys("ten billion")).toEqual(["10000000000"]);
    expect(keys("three hundred fifty billion")).toEqual(["350000000000"]);
    expect(keys("two hundred and fifty")).toEqual(["250"]);
    expect(keys("twenty-five billion")).toEqual(["25000000000"]);
    expect(keys("a billion dollars")).toEqual(["1000000000"]);
  });

  it("reads power in every spelling", () => {
    for (const spelling of ["1GW", "1 gigawatt", "1기가와트", "일 기가와트", "one gigawatt"]) {
      expect(keys(spelling), spelling).toEqual(["1gw"]);
    }
    expect(keys("10기가와트")).toEqual(["10gw"]);
    expect(keys("500 MW")).toEqual(["0.5gw"]);
  });

  it("tells the currency", () => {
    const currencies = (text: string) => findAmounts(normalizeText(text)).map((a) => a.currency);
    expect(currencies("50억불")).toEqual(["usd"]);
    expect(currencies("US$10bn")).toEqual(["usd"]);
    expect(currencies("10만 원")).toEqual(["krw"]);
    expect(currencies("15bn")).toEqual([undefined]);
  });

  it("leaves words that only look like numerals alone", () => {
    expect(keys("순환 투자 구조")).toEqual([]);
    expect(keys("천문학적인 금액")).toEqual([]);
    expect(keys("which one")).toEqual([]);
    expect(keys("a lot of money")).toEqual([]);
    expect(keys("rtx5090 gpt4")).toEqual([]);
    expect(keys("5090 m")).toEqual(["5090"]);
  });
});

describe("Korean endings", () => {
  it("strips casual endings", () => {
    expect(stripEndings("얼마임")).toBe("얼마");
    expect(stripEndings("투자했냐")).toBe("투자");
    expect(stripEndings("투자함")).toBe("투자");
    expect(stripEndings("넣었노", 1)).toBe("넣었");
  });

  it("does not eat the last syllable of a two-syllable noun", () => {
    expect(stripEndings("게임")).toBe("게임");
    expect(stripEndings("의지")).toBe("의지");
  });
});
