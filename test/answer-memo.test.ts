import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

/** The index with every analysis it computes written down, in order. */
function counting(): { index: KnowledgeIndex; analysed: string[] } {
  const analysed: string[] = [];
  return {
    analysed,
    index: {
      ...index,
      analyze(text) {
        analysed.push(text);
        return index.analyze(text);
      },
    },
  };
}

// A two-part question reads its clauses, a clause without its join and a part with the words
// carried into it, several of them more than once.
const TWO_PARTS = "MS CEO가 오픈AI 두고 한 말이랑 앤트로픽 두고 한 말";

describe("analyses remembered for one answer", () => {
  it("analyses each text of a several-part question once", () => {
    const { index: seen, analysed } = counting();
    const answer = answerFromKnowledge(seen, TWO_PARTS);
    expect(answer.abstained).toBe(false);
    expect(analysed.length).toBeGreaterThan(2);
    expect(new Set(analysed).size).toBe(analysed.length);
  });

  it("keeps nothing for the next answer, and answers the same", () => {
    const { index: seen, analysed } = counting();
    const first = answerFromKnowledge(seen, TWO_PARTS);
    const once = analysed.length;
    const second = answerFromKnowledge(seen, TWO_PARTS);
    expect(analysed.length).toBe(2 * once);
    expect(second).toEqual(first);
  });

  it("the shared index analyses afresh each time (it keeps no analyses)", () => {
    const question = "How much did NVIDIA invest?";
    expect(index.analyze(question)).not.toBe(index.analyze(question));
    expect(index.analyze(question)).toEqual(index.analyze(question));
  });
});
