/**
 * Claims of a figure with words of time around it (nums16): a month or a day written in digits
 * ("9월엔", "18일") is no figure claimed; a story word used to say when ("투자 후", "발표 후",
 * "after the investment") names no kind of money and no source; "직전" says when, not a name; a
 * figure stated beside another in the month the claim names is that fact's. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { usedAsTime } from "../src/answer/fallback/time-reference.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { datedNumbers } from "../src/search/dated-numbers.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("numbers written as dates", () => {
  it("reads months, days and years, not amounts", () => {
    expect([...datedNumbers("2025년 9월 18일 기준")]).toEqual(["2025", "9", "18"]);
    expect([...datedNumbers("9월엔 1830억 달러")]).toEqual(["9"]);
    expect(datedNumbers("10억 달러 맞지").size).toBe(0);
  });
});

describe("story words that say when", () => {
  it("finds a noun followed or preceded by a word of time", () => {
    expect(usedAsTime("투자 후 기업가치는", "투자")).toBe(true);
    expect(usedAsTime("발표 직후 가치", "발표")).toBe(true);
    expect(usedAsTime("valuation after the investment", "investment")).toBe(true);
    expect(usedAsTime("post-investment valuation", "investment")).toBe(true);
    expect(usedAsTime("투자 규모가 얼마", "투자")).toBe(false);
    expect(usedAsTime("the investment was 10 billion", "investment")).toBe(false);
  });
});

describe("claims of a figure beside a time", () => {
  it("confirms the earlier valuation claimed with its month", () => {
    expect(lead("기업가치가 9월에 1830억 달러였던 거 맞지?")).toMatch(/^맞아요/);
    expect(lead("it was 183 billion in september, right?")).toMatch(/^Yes/);
  });

  it("confirms the earlier valuation claimed as the one just before", () => {
    expect(lead("딜 직전 앤트로픽 몸값 1830억불 맞죠?")).toMatch(/^맞아요/);
  });

  it("reads 'after the announcement' as a time, not as the source", () => {
    expect(lead("발표 후 앤트로픽 가치 3500억 달러로 보도된 거 맞아?")).toMatch(/^맞아요/);
    expect(lead("after the investment anthropic was valued around 350 billion, right?")).toMatch(
      /^Yes/,
    );
  });

  it("still says no to the later figure put in the earlier month", () => {
    expect(lead("in september it was valued at 350 billion, right?")).toMatch(/^No/);
    expect(lead("앤트로픽 가치 9월에 3500억 달러였지?")).toMatch(/^아니/);
  });
});
