/**
 * claims16: the one a message greets ("Dear Team,", "Hi Priya,") is not a party it asks about.
 * Phrasings not in any eval set.
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

describe("a greeting's addressee", () => {
  it("is not read as a company the knowledge lacks", () => {
    expect(
      lead("Dear Colleagues, please confirm Microsoft's commitment is up to $5 billion."),
    ).toMatch(/^Yes/);
    expect(lead("Hello Finance, Anthropic is buying $30B of Azure capacity, correct?")).toMatch(
      /^Yes/,
    );
  });

  it("leaves a company asked about after the greeting not covered", () => {
    expect(answer("Hi Jun, did Samsung invest in Anthropic too?").abstained).toBe(true);
  });
});
