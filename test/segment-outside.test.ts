/**
 * What the knowledge does not cover is still found inside unspaced Korean, so the scope check
 * turns it away instead of answering with a nearby known word's fact.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const index = buildKnowledgeIndex(knowledge);

describe("outside words in unspaced Korean", () => {
  it("are split out as words of their own", () => {
    const words = index.analyze("마소시가총액몇조").terms.map((term) => term.text);
    expect(words).toContain("시가총액");
  });

  it("make the question abstain by name, whatever relation or company it is", () => {
    for (const question of ["마소시가총액몇조", "클라우드점유율몇퍼센트", "엔비디아시총얼마"]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(true);
    }
  });
});
