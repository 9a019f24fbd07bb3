/**
 * What chat and voice input write in place of plain text: keycap emoji for digits, dots
 * between thousands, punctuation
 * said aloud, a company named by its boss. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { dictatedMarks } from "../src/search/dictated-marks.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { findAmounts } from "../src/search/numbers.ts";
import { sinoDates, sinoNumeral } from "../src/search/sino-dates.ts";
import { soundKey } from "../src/search/spoken-names.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway, turnsAwaySaying } = askProbe(knowledgeDir);

describe("keycap digits", () => {
  it("reads a boxed digit as the digit, and the keycap ten as 10", () => {
    expect(normalizeText("1️⃣5️⃣B")).toBe("15b");
    expect(normalizeText("#️⃣ 🔟억")).toBe("# 10억");
  });

  it("answers an amount written in keycaps", () => {
    says("did microsoft put in 5️⃣ billion?", /^Yes\b.*\$5 billion/);
    says("엔비디아 1️⃣0️⃣0️⃣억 맞음?", /^맞아요.*100억/);
  });
});

describe("dots between thousands", () => {
  it("read as thousands separators when there are two or more, a decimal point when one", () => {
    expect(findAmounts("EUR 5.000.000.000").map((amount) => amount.key)).toEqual(["5000000000"]);
    expect(findAmounts("2.5 billion").map((amount) => amount.key)).toEqual(["2500000000"]);
    says("who put in 5.000.000.000 dollars?", /Microsoft/);
  });
});

describe("punctuation said aloud", () => {
  it("turns the words at the end of a message into the mark", () => {
    expect(dictatedMarks("how much did nvidia pay question mark")).toBe("how much did nvidia pay?");
    expect(dictatedMarks("마소 얼마 냈어 물음표")).toBe("마소 얼마 냈어?");
    expect(dictatedMarks("wow exclamation point")).toBe("wow!");
  });

  it("leaves the words alone where they are talked of", () => {
    expect(dictatedMarks("is there a question mark over the deal")).toBe(
      "is there a question mark over the deal",
    );
    expect(dictatedMarks("물음표 뜻이 뭐야")).toBe("물음표 뜻이 뭐야");
  });

  it("answers a dictated question as the typed one", () => {
    says("엔비디아가 앤트로픽에 얼마 넣었어 물음표", /100억/);
    expect(ask("what did microsoft invest question mark").text).toBe(
      ask("what did microsoft invest?").text,
    );
  });
});

describe("a name heard as two words", () => {
  it("hears 'th' said as 't', and a 'd' swallowed before it", () => {
    expect(soundKey("and tropic".replace(" ", ""))).toBe(soundKey("anthropic"));
    says("what is an tropic worth after the deal", /350 billion/);
  });
});

describe("dates in Sino-Korean numerals", () => {
  it("writes years, months and a month's day in digits", () => {
    expect(sinoNumeral("이천이십오")).toBe(2025);
    expect(sinoNumeral("십팔")).toBe(18);
    expect(sinoNumeral("이이")).toBeUndefined();
    expect(sinoDates("이천이십오년 십일월 십팔일에")).toBe("2025년 11월 18일에");
    expect(sinoDates("시월이었나")).toBe("10월이었나");
  });

  it("leaves words that only look like one alone", () => {
    expect(sinoDates("무슨일이야")).toBe("무슨일이야");
    expect(sinoDates("팔일 남았어")).toBe("팔일 남았어");
    expect(sinoDates("십삼월")).toBe("십삼월");
    expect(sinoDates("오십억 달러")).toBe("오십억 달러");
  });

  it("confirms or corrects a spelled-out date", () => {
    says("발표일이 십일월 십팔일 맞나요?", /^맞아요/);
    says("시월에 발표한 거지?", /^아니에요.*11월 18일/);
  });
});

describe("a company named by its boss", () => {
  it("reads Amazon's and Google's bosses as their companies where money is talked of", () => {
    turnsAwaySaying("how much money did jeff bezos pump into anthropic?", /Amazon/);
    turnsAwaySaying("피차이가 앤트로픽에 투자한 금액은?", /구글/);
  });

  it("leaves a boss's own words not covered, never his company's figures", () => {
    turnsAway("what did andy jassy say about this partnership");
  });
});
