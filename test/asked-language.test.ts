/**
 * A story's term asked for in the other language is a question about the story: the words asking
 * for the language are dropped and the answer comes in the language asked for.
 */
import { describe, expect, it } from "vitest";
import { askedLanguage } from "../src/answer/fallback/asked-language.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask } = askProbe("knowledge");

describe("askedLanguage", () => {
  it("drops the language asked for and names it", () => {
    expect(askedLanguage("'빙빙 도는 투자' 영어로는 뭐라 그래?")).toEqual({
      text: "'빙빙 도는 투자' 뭐라 그래?",
      language: "en",
    });
    expect(askedLanguage("최대 100억 달러를 영문으로 바꾸면 뭐임")?.text).toBe(
      "최대 100억 달러를 뭐임",
    );
    expect(askedLanguage("what is the korean term for the compute deal?")).toEqual({
      text: "what is the term for the compute deal?",
      language: "ko",
    });
  });

  it("leaves a question asked in the language it names", () => {
    expect(askedLanguage("explain the chip deal in plain english")).toBeUndefined();
    expect(askedLanguage("한국어로 설명해 줘, 애저 계약")).toBeUndefined();
    expect(askedLanguage("마소가 낸 돈 얼마야")).toBeUndefined();
  });
});

describe("a story term asked in the other language", () => {
  it.each([
    ["순환투자 영어론 뭐야", /circular/i],
    ["'3대 클라우드' 영어 표현으로 알려주세요", /three|major clouds|all three/i],
    ["엔비디아가 약속한 금액, 영문으로 쓰면?", /\$10 billion/],
    ["1기가와트를 영어로 번역하면 어떻게 되나요", /gigawatt/i],
    ["나델라가 오픈AI 두고 한 말 영어 원문으로 ㄱㄱ", /critical/i],
  ])("%s is answered in English", (question, pattern) => {
    const answer = ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(answer.language, question).toBe("en");
    expect(answer.text, question).toMatch(pattern);
  });

  it.each([
    ["whats 'circular investment' in korean", /순환/],
    ["how would you say the azure commitment in korean?", /300억/],
    ["korean word for the 1 GW of compute?", /기가와트/],
  ])("%s is answered in Korean", (question, pattern) => {
    const answer = ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(answer.language, question).toBe("ko");
    expect(answer.text, question).toMatch(pattern);
  });

  it("still turns away a text of the asker's own to translate", () => {
    expect(ask("이 문장 영어로 번역해 줘: 오늘 날씨가 좋다").abstained).toBe(true);
    expect(ask("영어로 번역 부탁: 저는 내일 회의에 못 갑니다").abstained).toBe(true);
  });
});
