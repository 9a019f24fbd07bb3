/**
 * A payment called a loan: the flows say what kind of money it is (a stake bought, or a
 * purchase paid for), and a claim that it was lent is a no. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a claim that the money was lent", () => {
  it.each([
    "Microsoft lent Anthropic five billion, correct?",
    "so nvidia basically loaned anthropic 10bn??",
    "Anthropic borrowed the $10B from NVIDIA, yeah?",
    "MS가 앤트로픽한테 50억 빌려준 거 맞죠?",
    "엔비디아가 앤트로픽에 돈 꿔준 거임?",
    "the five billion is basically microsoft acting as the lender, right?",
  ])("says no, with the stake, for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/^(?:No|아니에요)/);
    expect(said.text).toMatch(/equity|지분/);
  });

  it("says yes to a claim that it is not a loan", () => {
    const said = answer("엔비디아 돈은 대출이 아니라 지분 투자 맞지?");
    expect(said.text).toMatch(/^맞아요/);
    expect(said.text).toMatch(/지분/);
  });
});

describe("which kind of money, asked", () => {
  it.each([
    "is the NVIDIA money debt or equity?",
    "Microsoft's 5 billion: debt financing or a stake?",
    "마소 50억은 부채야 아니면 지분이야?",
  ])("names the stake without a yes or no for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/Not a loan|대출\)이 아니에요/);
    expect(said.text).toMatch(/equity|지분/);
    expect(said.text).not.toMatch(/^(?:No|아니에요),/);
  });
});

describe("lending that is not the story's money", () => {
  it.each([
    "rust borrow checker: how do I lend a reference?",
    "Anthropic doesn't have to pay the investment back, right?",
  ])("is left to the other rules: %s", (question) => {
    expect(answer(question).text).not.toMatch(/Not a loan|it is not a loan/);
  });
});
