/**
 * "Marked at": the investors' word for a valuation (knowledge/glossary.json). No phrasing here is
 * in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a mark is a valuation", () => {
  it("of a story party, the valuation is answered", () => {
    const answer = answerFromKnowledge(index, "Where is Anthropic marked at these days?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/350/u);
  });

  it.each([
    "Cohere's latest mark, as a yardstick against Anthropic?",
    "Where's Perplexity marked at after the deal news",
  ])("of another company, not covered: %s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/valuation/u);
  });
});
