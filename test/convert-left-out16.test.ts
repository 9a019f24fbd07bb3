/**
 * A figure asked in another unit for a party the facts give no figure of (arithmetic.ts, branch
 * others16): the others' total written in trillions is no answer to it. No phrasing here is in an
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a party left out of the figure, asked in another unit", () => {
  it.each([
    "아마존이 지금까지 넣은 돈 조 단위로 치면?",
    "구글 앤트로픽 투자액 몇 조 달러야",
    "Amazon's total stake money in Anthropic, expressed in trillions?",
    "how much has google put into anthropic so far, in trillion dollars",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/0\.015/u);
  });

  it.each([
    ["엔비디아 투자금 조 단위로 치면?", /0\.01조/u],
    ["the total invested by the two, in trillions?", /0\.015 trillion/u],
  ])("%s: a party the figure involves is still converted", (question, figure) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(figure);
  });
});
