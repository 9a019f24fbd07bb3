/**
 * Number forms of round twenty-five: "thou" before a larger scale ("thirty thou million"), a hedge
 * between a numeral and its scale ("10-ish billion"), a dollar sign after a Korean scale ("100억$"),
 * and 짜리 / 어치 spaced off an amount ("100억 달러 짜리"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const read = (text: string) =>
  findAmounts(text).map((amount) => amount.key + (amount.currency ?? ""));

describe("thou", () => {
  it("is a thousand before a larger scale", () => {
    expect(read("thirty thou million to azure?")).toEqual(["30000000000"]);
    expect(read("was it 5 thou mil")).toEqual(["5000000000"]);
  });

  it("stays a word or a bare number elsewhere", () => {
    expect(read("thou shalt not invest")).toEqual([]);
    expect(read("5 thou for a laptop")).toEqual(["5"]);
  });
});

describe("a hedge before the scale", () => {
  it("reads the scale after -ish", () => {
    expect(read("like 10-ish billion from nvidia")).toEqual(["10000000000"]);
    expect(read("30ish bil on azure")).toEqual(["30000000000"]);
    expect(read("ten ish billion dollars")).toEqual(["10000000000usd"]);
  });

  it("leaves a hedged bare number bare", () => {
    expect(read("like 30ish?")).toEqual(["30"]);
  });

  it("answers with the amount", () => {
    says("who put in the 10-ish billion", /NVIDIA/);
  });
});

describe("a dollar sign after a Korean scale", () => {
  it("is the amount's currency", () => {
    expect(read("100억$ 누가 넣음")).toEqual(["10000000000usd"]);
    expect(read("1830억$ 였던 거")).toEqual(["183000000000usd"]);
  });

  it("does not take the sign of the next amount", () => {
    expect(read("10억 $5b")).toEqual(["1000000000", "5000000000usd"]);
  });
});

describe("짜리 and 어치 spaced off an amount", () => {
  it("weigh nothing in the question", () => {
    says("50억 달러 짜리 투자 주체 어디인지 확인 바람", /마이크로소프트/);
    says("300억 달러 어치 산다는 거 누가 누구한테 확인 바람", /300억 달러/);
  });
});
