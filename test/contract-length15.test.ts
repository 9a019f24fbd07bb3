/**
 * How long a covered commitment runs (branch outside15b): the sources give the $30B Azure
 * commitment and the investments with no length, so a length asked or claimed ("a five-year
 * deal", "3년 계약", "몇 년짜리") is not covered, whatever figure stands beside it; the figure
 * claimed alone is still checked. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the length of a commitment", () => {
  it.each([
    "Is the Azure contract a five-year deal?",
    "So the $30B is a 10-year commitment, right?",
    "애저 약정이 3년 계약인가요?",
    "엔비디아 투자는 몇 년짜리 계약이야?",
    "what's the contract length on the azure spend",
    "마소 쪽 약정 기간은 어떻게 돼요?",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/length of the contract|계약 기간|약정 기간|duration/u);
  });

  it("still checks the figure claimed without a length", () => {
    const answer = ask("The Azure deal is $30B, right?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^Yes/u);
  });
});
