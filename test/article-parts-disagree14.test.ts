/**
 * The article's own parts held against each other or against the real figure: the headline or
 * title against the body, "제목 금액이랑 실제 금액". The fact check that corrects a part answers.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { holdsArticleAgainstRecord } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("the article's parts disagree", () => {
  it("is read in both languages", () => {
    for (const question of [
      "does the headline number match the body?",
      "is there a discrepancy between the title and the actual figures?",
      "the lede and the real numbers seem at odds, no?",
      "기사 제목이랑 내용이 달라?",
      "헤드라인 숫자랑 실제 투자액이 왜 달라?",
      "제목에 나온 돈이랑 본문 돈이 안 맞는데",
      "도입부 금액하고 실제 금액 차이 있음?",
    ]) {
      expect(holdsArticleAgainstRecord(question), question).toBe(true);
    }
  });

  it("is answered with the correction of the intro's figure", () => {
    for (const question of [
      "title says one number and the body another, which is right?",
      "기사 제목에 적힌 금액이랑 진짜 금액이 다르다는 얘기가 있던데",
      "헤드라인 숫자랑 실제 투자액이 왜 달라?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$30 billion|300억/u);
      expect(answer.text, question).toMatch(/\$15 billion|150억/u);
    }
  });

  it("leaves a title that is not the article's part alone", () => {
    expect(holdsArticleAgainstRecord("is the opening of a new market different for nvidia")).toBe(
      false,
    );
    expect(holdsArticleAgainstRecord("how much did nvidia invest")).toBe(false);
  });
});
