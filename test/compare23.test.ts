/**
 * Round 23's comparisons and reasons (blind106): who takes in more of two parties, who paid whom
 * told after the fact, a share of a party's figured measure ("what share of A's valuation"), a
 * slice asked as a share, "so what if …" as why it matters, and a pick between shares judged
 * "더 나아". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);
const lead = (question: string) => firstSentence(answer(question).text);

describe("which of two parties takes in more", () => {
  it("compares each one's money in, both figures in the first sentence", () => {
    expect(lead("Who receives more money, Microsoft or Anthropic?")).toMatch(
      /^Microsoft takes in more: .*30 billion.*15 billion.*Anthropic/,
    );
    expect(lead("마소랑 앤트로픽 중에 누가 돈을 더 많이 받아?")).toMatch(
      /^마이크로소프트가 받는 돈이 더 많습니다: .*300억.*150억/,
    );
  });

  it("leaves one party's money in against its money out to the net", () => {
    expect(
      lead("Does Microsoft get more money from Anthropic than it gives to Anthropic?"),
    ).not.toMatch(/takes in more/);
  });
});

describe("who paid whom, told after the fact", () => {
  it("lists every flow with its figure", () => {
    const text = answer("who paid whom, and how much?").text;
    expect(text).toMatch(/5 billion/);
    expect(text).toMatch(/10 billion/);
    expect(text).toMatch(/30 billion/);
  });
});

describe("a share of a party's measure the facts give a figure of", () => {
  it("is arithmetic on the two figures, not the stake size", () => {
    const reply = answer(
      "What share of Anthropic's valuation does the combined investment represent?",
    );
    expect(reply.abstained).toBe(false);
    expect(firstSentence(reply.text)).toMatch(/15 billion.*4\.3%.*350 billion/);
  });

  it("leaves a share of the company itself not covered", () => {
    expect(answer("what share of anthropic does nvidia get?").abstained).toBe(true);
  });

  it("reads 'what slice of' as a share", () => {
    expect(lead("What slice of the combined investment is NVIDIA's?")).toMatch(
      /10 billion.*two thirds.*15 billion/,
    );
  });
});

describe("'so what if' asks why it matters", () => {
  it("answers the headline's mix-up with the fact check", () => {
    const reply = answer("So what if the headline mixes up the $30 billion?");
    expect(reply.abstained).toBe(false);
    expect(reply.text).toMatch(/15 billion/);
  });
});

describe("a pick between shares judged better", () => {
  it("is advice, turned away", () => {
    const reply = answer("마소 주식 사는 게 더 나아?");
    expect(reply.abstained).toBe(true);
    expect(reply.text).toMatch(/투자 조언/);
  });
});

describe("which is bigger, one side a company the knowledge lacks", () => {
  it("is not covered, not answered by the covered half", () => {
    expect(answer("오라클이 오픈AI에 받는 돈이랑 이번 마소 투자 중 어디가 더 커?").abstained).toBe(
      true,
    );
  });

  it("still answers a side-by-side half by half", () => {
    expect(answer("앤트로픽 가치랑 오픈AI 가치 비교해줘").abstained).toBe(false);
  });
});

describe("slang of truth and buying", () => {
  it("reads 'is it cap?' as 'is it true?'", () => {
    expect(lead("the headline says they invested 30B, is it cap?")).toMatch(/^No\b.*15 billion/);
  });

  it("reads 사줬어 / 사준대 as buying, when a party is named", () => {
    const reply = answer("앤트가 마소한테 얼마어치 사줬어?");
    expect(reply.abstained).toBe(false);
    expect(reply.text).toMatch(/300억/);
  });
});

describe("a Korean purpose after the question", () => {
  it("asks nothing of its own: the question alone is answered", () => {
    const reply = answer(
      "마소가 엔비디아 장비 사는 데 얼마 쓰는지 나와? 애저 구매액이랑 비교하려고요",
    );
    expect(reply.abstained).toBe(true);
    expect(reply.text).not.toMatch(/300억/);
  });
});
