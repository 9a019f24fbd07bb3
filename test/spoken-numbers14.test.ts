/**
 * Numbers as speech-to-text writes them: a spoken "B" as "bee", an English scale in Hangul after
 * a Sino-Korean numeral ("십 빌리언"), a Korean numeral spaced off its scale ("백오십 억"), digit
 * groups ("one eighty three billion").
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const keys = (text: string) => findAmounts(text).map((amount) => amount.key);

describe("a spoken B", () => {
  it("reads 'bee' after a number as billion", () => {
    expect(keys("was it five bee from them")).toEqual(["5000000000"]);
    expect(keys("like twenty bee total?")).toEqual(["20000000000"]);
    expect(keys("the 10 bee check")).toEqual(["10000000000"]);
  });

  it("leaves the insect alone", () => {
    expect(keys("a bee stung me")).toEqual([]);
    expect(keys("busy as a bee")).toEqual([]);
  });

  it("answers with the amount", () => {
    says("did msft put in five bee or not", /\$5 billion/);
    says("what is the thirty bee about", /\$30 billion/);
  });
});

describe("an English scale in Hangul after a Sino-Korean numeral", () => {
  it("reads the numeral and the scale as one amount", () => {
    expect(keys("대충 오십 빌리언쯤")).toEqual(["50000000000"]);
    expect(keys("칠 빌리언이었나")).toEqual(["7000000000"]);
    expect(keys("삼 밀리언 달러")).toEqual(["3000000"]);
    expect(keys("구 빌 달러")).toEqual(["9000000000"]);
  });

  it("leaves words that open with 빌 alone", () => {
    expect(keys("이 빌딩 앞")).toEqual([]);
    expect(keys("오 빌려줘")).toEqual([]);
    expect(keys("십 빌라 단지")).toEqual([]);
  });

  it("answers with the amount", () => {
    says("마소가 넣은 게 오 빌리언 맞음", /50억/);
  });
});

describe("a Korean numeral spaced off its scale", () => {
  it("reads 백오십 억, 오십 억 and 삼십 만 as one amount", () => {
    expect(keys("백오십 억 정도")).toEqual(["15000000000"]);
    expect(keys("오십 억이면")).toEqual(["5000000000"]);
    expect(keys("삼십 만 원")).toEqual(["300000"]);
    expect(keys("이백 억짜리")).toEqual(["20000000000"]);
  });

  it("does not join a numeral to a word that opens with 만, 억 or 조", () => {
    expect(keys("오십 만들기")).toEqual([]);
    expect(keys("천 조각 퍼즐")).toEqual([]);
  });

  it("answers with the amount", () => {
    says("엔비디아 백 억 불 낸 거 맞지", /100억/);
  });
});

describe("digit groups", () => {
  it("reads hundreds said as a digit and tens", () => {
    expect(keys("about one twenty five billion")).toEqual(["125000000000"]);
    expect(keys("two fifty million bucks")).toEqual(["250000000"]);
    expect(keys("three twenty bil")).toEqual(["320000000000"]);
  });

  it("needs a scale or a unit, and a digit after 'one' and bare tens", () => {
    expect(keys("see you at five thirty")).toEqual(["30"]);
    expect(keys("the one forty billion")).toEqual(["40000000000"]);
  });

  it("answers with the amount", () => {
    says("what was the one eighty three bil figure", /183/);
  });
});

describe("a request for the scale of the answer", () => {
  it("is no word of the question: '억 단위로', '조 단위로'", () => {
    says("억 단위로 말해줘 마소가 넣은 돈", /50억/);
    says("엔비디아 투자 억 단위로", /100억/);
    says("앤트로픽 기업가치 조 단위로 얼마쯤", /3500억/);
  });
});
