/**
 * conf14: "the release" said as where something is written ("in the release", "according to the
 * release", "does the release say") is the press release, not a product's release (an outside
 * relation). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the release as the source of a claim", () => {
  it("checks the claim instead of turning away a product's release", () => {
    const answer = answerFromKnowledge(
      index,
      "Haiku 4.5 is on Foundry according to the release, correct?",
    );
    expect(answer.abstained).toBe(false);
    expect(firstSentence(answer.text)).toMatch(/^Yes/);
  });

  it("still turns away the release of a product", () => {
    expect(answerFromKnowledge(index, "when is the release of Claude 5?").abstained).toBe(true);
  });

  // A press release is read as the official announcement (round forty-seven).
  it("is read as the press release only where it is the source", () => {
    expect(index.analyze("what is in the release?").normalized).toContain("official announcement");
    expect(index.analyze("the release date of opus?").normalized).not.toContain("announcement");
  });
});
