/**
 * A detail of the deal the sources do not give, asked beside or through a covered thing: the
 * examples that say what "conditions" means, a place asked again narrower, a measure of each of
 * the things counted, a board seat however it is written, a first payment. Not covered, never
 * the nearest passage. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import {
  asksOfEachCounted,
  asksPlaceOfWhere,
  givesExamples,
} from "../src/answer/fallback/narrower-part.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, ask, turnsAwayEach, answersEach } = askProbe(knowledgeDir);

describe("examples of what is asked, not covered", () => {
  it.each([
    "What are the terms of Microsoft's stake, such as liquidation preference or anti-dilution?",
    "What strings are attached to NVIDIA's money, e.g. a lock-up?",
    "Are there any conditions on the investment, like a lockup or preferred shares?",
    "what conditions come with the 10B, for example a liquidation pref?",
  ])("turns away: %s", (question) => {
    const said = ask(question);
    expect(said.abstained, question).toBe(true);
    expect(said.text).not.toMatch(/conditional on/);
  });

  it("still answers the conditions asked alone, and examples that are covered", () => {
    answersEach([
      "What are the conditions on Microsoft's investment?",
      "Which clouds carry Claude, like Azure and AWS?",
    ]);
  });

  it("reads an opening of examples", () => {
    const examples = (text: string) => givesExamples(text, index.analyze(text));
    expect(examples("like lock-up period or liquidation preference?")).toBe(true);
    expect(examples("such as board seats")).toBe(true);
    expect(examples("예를 들어 락업 같은 거")).toBe(true);
    expect(examples("likely to close soon?")).toBe(false);
    // A figure after "like" guesses the answer.
    expect(examples("like 20 billion dollars?")).toBe(false);
    expect(examples("like which chips exactly?")).toBe(false);
  });
});

describe("a place asked again, narrower", () => {
  it("turns away a where and its country, city or region", () => {
    turnsAwayEach([
      "Where will the 1 GW of compute be, which country?",
      "where are they putting the nvidia systems, what city?",
      "1기가와트 컴퓨팅은 어디에 들어서요? 어느 나라?",
      "Where does the Azure capacity sit, in what region is it?",
    ]);
  });

  it("still answers where the deal was announced", () => {
    answersEach(["Where was the deal announced?"]);
  });

  it("reads the place asked of the other part's where", () => {
    const where = index.analyze("Where is the compute hosted");
    const country = "in which country is it?";
    expect(asksPlaceOfWhere(where, country, index.analyze(country))).toBe(true);
    const when = index.analyze("When was it announced");
    expect(asksPlaceOfWhere(when, country, index.analyze(country))).toBe(false);
  });
});

describe("a measure of each of the things counted", () => {
  it("turns away the count and the measure of each", () => {
    turnsAwayEach([
      "How many chips fit in the 1 GW, and what does each one cost?",
      "엔비디아 GPU 몇 개 들어가요? 개당 가격은?",
      "how many servers is that? how much power per unit?",
      "How many racks does that come to? How much does each of them weigh?",
    ]);
  });

  it("reads each of the things the part before counted", () => {
    const counted = index.analyze("How many GPUs is that");
    expect(asksOfEachCounted(counted, index.analyze("how much power does each one draw?"))).toBe(
      true,
    );
    expect(asksOfEachCounted(counted, index.analyze("who sells them?"))).toBe(false);
    const notCounted = index.analyze("What hardware is it");
    expect(asksOfEachCounted(notCounted, index.analyze("how much does each one cost?"))).toBe(
      false,
    );
  });
});

describe("a board seat and a first payment, however written", () => {
  it("turns them away", () => {
    turnsAwayEach([
      "Does Microsoft get a seat at the board of Anthropic?",
      "will nvidia have seats on anthropics board after this",
      "any board seats in it for msft?",
      "마이크로소프트 50억 중 1차 납입 금액은 얼마예요?",
      "엔비디아 투자금 납입 일정 알려줘",
      "첫 납입은 언제 되나요?",
    ]);
  });

  it("still answers a claim told by a board member", () => {
    answersEach(["A board member told me NVIDIA invested $10B, is that right?"]);
  });
});
