/**
 * A rename claimed with "renamed to" / "rebranded as" ("Azure AI Foundry is being renamed to Azure
 * AI Studio, right?"): the fact check about the name says what it is now, even when the claimed
 * name is one the knowledge lacks. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a rename claimed", () => {
  it("is a no with the current name when another name is claimed", () => {
    for (const question of [
      "I heard Azure AI Foundry got rebranded as Azure Model Hub?",
      "so azure ai foundry is changing its name to azure ml studio?",
      "Azure AI Foundry has been renamed to Foundry Studio, correct?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^No/u);
      expect(got.text, question).toMatch(/Microsoft Foundry/u);
    }
  });

  it("is a yes when the current name is claimed", () => {
    expect(answer("Azure AI Foundry was renamed to Microsoft Foundry, right?").text).toMatch(
      /^Yes/u,
    );
  });
});
