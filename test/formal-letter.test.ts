/**
 * Formal business and legal English (formal22): "please advise…" only asks to be told, office
 * shorthand and connectives are no company, and a letter's request wording is no subject. Advice
 * asked in the same words is still turned away. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

function answer(question: string) {
  return answerFromKnowledge(index, question);
}

describe("'please advise' as a request", () => {
  it("is answered, not turned away as advice", () => {
    const valuation = answer("Kindly advise the reported post-transaction valuation of Anthropic.");
    expect(valuation.abstained).toBe(false);
    expect(valuation.text).toContain("350");
    const checked = answer(
      "Our figures show NVIDIA's investment as $10 billion. Please advise whether that is accurate.",
    );
    expect(checked.abstained).toBe(false);
    expect(checked.text).toMatch(/^Yes/);
    const which = answer(
      "Could you advise whether Microsoft's commitment is five billion or fifty billion dollars?",
    );
    expect(which.abstained).toBe(false);
    expect(which.text).toContain("$5 billion");
  });

  it("still turns away advice asked in the same words", () => {
    for (const question of [
      "Please advise whether we should buy NVDA.",
      "Kindly advise whether our fund should increase its Microsoft position.",
      "Would you advise buying Microsoft shares now?",
      "Please advise me on Microsoft shares.",
    ]) {
      expect(answer(question).abstained, question).toBe(true);
    }
  });
});

describe("a letter's wording and office shorthand", () => {
  it("are no subject of the question", () => {
    const grateful = answer(
      "Dear Madam, I would be grateful if you could state the amount of Microsoft's investment in Anthropic.",
    );
    expect(grateful.abstained).toBe(false);
    expect(grateful.text).toContain("$5 billion");
    const eod = answer("Quick one w/r/t NVIDIA's investment in Anthropic, need it by EOD.");
    expect(eod.abstained).toBe(false);
    expect(eod.text).toContain("$10 billion");
    const gc = answer("Summary for our GC please: who pays whom?");
    expect(gc.abstained).toBe(false);
    const flows = answer(
      "Kindly set out the flows of funds between the parties, with the amounts where available.",
    );
    expect(flows.text).toContain("$30 billion");
    expect(flows.text).toContain("$10 billion");
  });

  it("reads 'transaction' as the deal and 'vis-à-vis' as 'about'", () => {
    const role = answer("What is Amazon's position vis-à-vis Anthropic after this transaction?");
    expect(role.abstained).toBe(false);
    expect(role.text).toContain("Amazon");
  });

  it("reads the article's statements as its claims and the term named as a word", () => {
    const differs = answer("Which statements in the article are at odds with the official record?");
    expect(differs.text).toContain("differs from the record");
    const term = answer(
      "I would be grateful for an explanation of the term 'circular investment'.",
    );
    expect(term.abstained).toBe(false);
    expect(term.text).toContain("circular investment");
  });

  it("answers the name of the article's writer as its writer", () => {
    const author = answer("Kindly state the name of the piece's author.");
    expect(author.abstained).toBe(true);
    expect(author.text).toContain("who wrote it");
  });
});
