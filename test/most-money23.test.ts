/**
 * "The most" asked of money of no kind ("which company moves the most money?") ranks every
 * party's largest payment in the flows, purchases with investments; "invests the most" still
 * ranks the investments only. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question).text;

describe("the most money, of no kind", () => {
  it.each([
    ["which company moves the most money here?", /^The Anthropic → Microsoft Azure purchase/],
    ["누가 제일 많은 돈을 내?", /^앤트로픽 → 마이크로소프트 Azure 구매/],
  ])("ranks every payment for %s", (question, expected) => {
    expect(answer(question)).toMatch(expected);
  });

  it("still ranks the investments when investing is asked", () => {
    expect(answer("Which company invests the most?")).toMatch(/^The NVIDIA → Anthropic investment/);
  });
});
