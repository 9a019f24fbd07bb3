/**
 * One covered figure written in another unit ("in trillions", "조 단위로", "몇 만 달러", "in full
 * digits", "메가와트로"): the figure, its source label and the converted number. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { askedUnit } from "../src/answer/fallback/asked-unit.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);
const lead = (question: string) => firstSentence(answer(question).text);

describe("askedUnit", () => {
  it("reads a scale asked in English and Korean", () => {
    expect(askedUnit("how much is that in trillions of dollars")?.scale).toBe(1e12);
    expect(askedUnit("put it into millions pls")?.scale).toBe(1e6);
    expect(askedUnit("천만 달러 단위로 적어줘")?.scale).toBe(1e7);
    expect(askedUnit("그거 몇 조 달러임")?.scale).toBe(1e12);
    expect(askedUnit("몇만 달러야")?.scale).toBe(1e4);
  });

  it("reads full digits and megawatts", () => {
    expect(askedUnit("spell it in digits, all the zeros")?.scale).toBe(1);
    expect(askedUnit("숫자로 다 풀어서 써줘")?.scale).toBe(1);
    expect(askedUnit("gigawatt to megawatts?")?.from).toBe("GW");
    expect(askedUnit("그 기가와트 몇 메가와트임")?.from).toBe("GW");
  });

  it("asks no unit where a figure is only written or claimed in one", () => {
    expect(askedUnit("they said 1000 mw, true?")).toBeUndefined();
    expect(askedUnit("how much did they invest, in billions?")).toBeUndefined();
    expect(askedUnit("구조조정 얘기야?")).toBeUndefined();
    expect(askedUnit("millions of users use claude")).toBeUndefined();
  });
});

describe("a figure in another unit", () => {
  it("converts a party's figure to trillions and millions", () => {
    expect(lead("how big is microsoft's stake money in trillions?")).toMatch(/0\.005 trillion/);
    expect(lead("nvidia's check converted into millions of dollars")).toMatch(/10,000 million/);
    expect(lead("마소 돈 조 단위로 치면 얼마임")).toMatch(/0\.005조 달러/);
  });

  it("converts to 만 달러 and full digits, keeping 'up to' in the label", () => {
    const man = lead("엔비디아 투자 만 달러 단위로 하면 몇 만 달러?");
    expect(man).toMatch(/1,000,000만 달러/);
    expect(man).toMatch(/최대/);
    expect(lead("type the azure purchase in full digits")).toMatch(/30,000,000,000 dollars/);
  });

  it("says an 'about' figure's conversion is about too", () => {
    expect(lead("anthropic valuation in trillions of dollars pls")).toMatch(/about 0\.35 trillion/);
  });

  it("converts gigawatts to megawatts", () => {
    expect(lead("how many megawatts is the extra compute?")).toMatch(/1,000 MW/);
    expect(lead("그 컴퓨팅 기가와트 몇 메가와트로 보면 돼?")).toMatch(/1,000메가와트/);
  });

  it("leaves a claim in megawatts and a figure not covered alone", () => {
    expect(lead("it's 1000 MW of compute, yes?")).not.toMatch(/is 1,000 MW\./);
    expect(lead("openai's funding in trillions?")).not.toMatch(/trillion/);
  });
});

describe("a change of one measure, before and after", () => {
  it("gives the rise, the times and the percent from the earlier amount its fact names", () => {
    const rise = lead("by what percentage did the valuation go up since september?");
    expect(rise).toMatch(/\$167 billion more/);
    expect(rise).toMatch(/91\.3%/);
    expect(lead("기업가치 증가율 계산해줘")).toMatch(/약 91\.3% 상승/);
    expect(lead("몸값 상승폭이 얼마나 돼?")).toMatch(/1670억 달러/);
    expect(lead("valuation today minus valuation before?")).toMatch(/\$167 billion more/);
  });

  it("reads a rate of change as no share of a whole", () => {
    expect(lead("1830억에서 3500억이면 몇 % 오른 거야?")).not.toMatch(/52\.3%/);
  });

  it("finds no earlier amount where the fact names none", () => {
    expect(lead("엔비디아 투자 증가율은?")).not.toMatch(/상승\)/);
  });
});
