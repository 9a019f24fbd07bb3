/**
 * A figure claimed to be a quantity of another kind ("is the 1 GW a dollar figure?", "150억
 * 달러가 전력 용량이야?") is a no with the figure's own fact; the right kind stays a yes, and a
 * kind denied reads the other way. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a figure claimed to be of another kind", () => {
  it("is a no, with the figure's own fact", () => {
    for (const [question, unit] of [
      ["the 1 gigawatt is basically money, yeah?", /기가와트|gigawatt/u],
      ["the 1gw figure is really cash right", /기가와트|gigawatt/u],
      ["so the 1gw is a dollar amount correct", /기가와트|gigawatt/u],
      ["the $30 billion is electricity?", /\$30 billion|300억/u],
      ["1기가와트는 투자금이지?", /기가와트/u],
      ["1GW면 돈 얘기 맞죠?", /기가와트/u],
      ["일기가와트 그거 달러인감?", /기가와트/u],
      ["150억 달러가 전력 용량이야?", /150억|최대/u],
      ["300억 달러 이게 전기 용량임?", /300억/u],
      ["the 15 billion is energy, right?", /\$15 billion/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:아니|No)/u);
      expect(got.text, question).toMatch(unit);
    }
  });

  it("leaves the figure's own kind a yes", () => {
    for (const question of [
      "the 1 GW is power capacity, right?",
      "1기가와트는 컴퓨팅 용량 맞지?",
      "the $5 billion is money, right?",
      "100억 달러는 돈이지?",
      "the $30 billion is for azure compute, right?",
      "300억 달러는 앤트로픽이 사는 컴퓨팅 용량이지?",
      "so the 1 gigawatt is compute, not cash?",
    ]) {
      expect(answer(question).text, question).toMatch(/^(?:맞|Yes)/u);
    }
  });

  it("reads a kind denied the other way", () => {
    for (const question of ["the 1 GW isn't money, right?", "1기가와트는 돈 아니지?"]) {
      expect(answer(question).text, question).toMatch(/^(?:맞|Yes)/u);
    }
  });
});
