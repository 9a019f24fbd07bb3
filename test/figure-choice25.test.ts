/**
 * A choice between two figures asked as a question ("was it 10 or 15 from NVIDIA?", "150억이여
 * 15억이여"), turned away whole before: each figure is checked alone and the one that holds is
 * named first. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { offeredFigures } from "../src/answer/fallback/figure-choice.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a choice between two figures", () => {
  it("names the figure that holds, first", () => {
    const english = ask("was it 15 or 10 from NVIDIA?");
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/^10, not 15\./u);
    expect(english.text).toContain("$10 billion");
    const korean = ask("카톡방에서 그러던디 마소 50억이여 5억이여");
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/^50억 쪽이 맞아요/u);
  });

  it("lends the second figure's scale to a bare first one", () => {
    expect(offeredFigures("is it 5 or 10 billion from microsoft")?.figures).toEqual([
      "5 billion",
      "10 billion",
    ]);
  });

  it("leaves versions, one figure and no choice alone", () => {
    expect(offeredFigures("opus 4.1이야 4.5야?")).toBeUndefined();
    expect(offeredFigures("How much did NVIDIA invest, 10bn?")).toBeUndefined();
    expect(offeredFigures("Is it Ignite or Build?")).toBeUndefined();
    expect(ask("How much did NVIDIA invest?").text).not.toMatch(/, not /u);
  });
});
