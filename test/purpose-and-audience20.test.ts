/**
 * What the answer is for, who reads it and how it is laid out ("단톡방 공유용", "for my 8th grade
 * civics class", "step by step for beginners", "중학생 눈높이로") are instructions on the answer's
 * form, not its topic; the request is answered. Which companies take part is the summary's list
 * of parties. A task on another subject keeps being turned away, whatever form words it shares.
 * Phrasings in no eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutPurposeAndAudience } from "../src/answer/fallback/purpose-and-audience.ts";
import { withoutRoleAndFormat } from "../src/answer/fallback/role-and-format.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask, answersEach, turnsAwayEach } = askProbe("knowledge");

/** The summary: every main party is named. */
const NAMES_ALL =
  /(?=[\s\S]*(?:Microsoft|마이크로소프트))(?=[\s\S]*(?:NVIDIA|엔비디아))(?=[\s\S]*(?:Anthropic|앤트로픽))/u;

describe("withoutPurposeAndAudience", () => {
  it("drops the use, the audience and the length, and keeps what is asked", () => {
    expect(withoutPurposeAndAudience("기사 핵심만 요약해줘. 단톡방 공유용").trim()).toBe(
      "기사 핵심만 요약해줘.",
    );
    expect(withoutPurposeAndAudience("회의 자료용으로 이 기사 정리 좀").trim()).toBe(
      "이 기사 정리 좀",
    );
    expect(withoutPurposeAndAudience("엔비 투자액 위주로 요약 부탁")).toBe("엔비 투자액 요약 부탁");
    expect(
      withoutPurposeAndAudience("Give me a summary of the deal for my 8th grade civics class."),
    ).toBe("Give me a summary of the deal.");
    expect(withoutPurposeAndAudience("explain the money loop step by step for kids")).toBe(
      "explain the money loop",
    );
    expect(withoutPurposeAndAudience("I need a three-sentence recap")).toBe("I need a recap");
    expect(
      withoutPurposeAndAudience("who sends money to whom? I'm drawing a diagram on the board."),
    ).toBe("who sends money to whom?");
  });

  it("leaves a board seat, a cost and a question with no such words alone", () => {
    for (const text of [
      "Does Microsoft get a seat on the board?",
      "애저 사용 비용은 얼마야?",
      "how much did nvidia put in?",
    ]) {
      expect(withoutRoleAndFormat(text)).toBe(text);
    }
  });
});

describe("a request with its purpose or audience", () => {
  it("gets the summary", () => {
    for (const question of [
      "기사 핵심만 요약해줘. 단톡방 공유용",
      "회의 자료용으로 이 기사 간단하게 정리 좀",
      "Can you give me a summary of the deal for my 8th grade civics class?",
      "What is this story about, in simple words, for a 12 year old?",
      "summarise the article step by step for beginners",
      "I need a three-sentence recap for our team meeting",
      "요약 해줄 수 있어요?",
    ]) {
      expect(ask(question).text, question).toMatch(NAMES_ALL);
    }
  });

  it("gets the money flow", () => {
    for (const question of [
      "who sends money to whom? I'm drawing a diagram on the board.",
      "돈이 어디서 어디로 가는지 중학생 눈높이로 설명해줘",
      "explain the money loop step by step for kids",
      "돈 흐름 설명 좀! 셋 다",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/→/u);
    }
  });
});

describe("which companies take part", () => {
  it("names every party", () => {
    for (const question of [
      "which firms are involved here?",
      "딜에 참여한 기업 어디어디야",
      "who all is involved in this partnership?",
      "이 거래 당사자가 누구누구야?",
    ]) {
      expect(ask(question).text, question).toMatch(NAMES_ALL);
    }
  });

  it("leaves a party's own question to the rest", () => {
    expect(ask("which companies did nvidia invest in").text).toMatch(/Anthropic/u);
    expect(ask("which companies did nvidia invest in").text).not.toMatch(/partnership \(/u);
  });
});

describe("a task on another subject", () => {
  it("is turned away, with or without form words", () => {
    turnsAwayEach([
      "make a worksheet on photosynthesis for my 7th graders",
      "세계사 퀴즈 10문제 만들어줘",
      "design a lesson plan about volcanoes",
      "put together some flashcards on the french revolution for kids",
    ]);
  });
});

describe("one ticker on both sides of 'or'", () => {
  it("asks who buys from whom, not which stock", () => {
    answersEach(["is nvidia buying from msft or msft buying from nvidia?"]);
    turnsAwayEach(["nvda or msft?", "msft vs nvda for the long run"]);
  });
});

describe("the loop said in chat words", () => {
  it("is the circular investment", () => {
    for (const question of [
      "so what's this money-go-round thing folks jawin about lately",
      "돈이 한 바퀴 도는 구조라던데 어떻게 도는 거야?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/→|순환|circular/u);
    }
  });
});
