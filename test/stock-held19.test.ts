/**
 * A party's stock claimed held or received by another party ("anthropic gets nvidia stock?"): a
 * stake, answered with the investment's direction, not turned away as the share price. Advice
 * about holding a stock stays advice. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("another party's stock held", () => {
  it.each([
    [
      "so anthropic gets nvidia stock out of this?",
      /NVIDIA committed to invest up to \$10 billion in Anthropic/,
    ],
    [
      "will anthropic own microsoft stock after the deal",
      /Microsoft committed to invest up to \$5 billion in Anthropic/,
    ],
    [
      "Does Nvidia get Anthropic stock for its $10B?",
      /NVIDIA committed to invest up to \$10 billion in Anthropic/,
    ],
    [
      "does MSFT end up with Anthropic stock",
      /Microsoft committed to invest up to \$5 billion in Anthropic/,
    ],
  ])("answers %s with the investment", (question, fact) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(fact);
  });

  it("keeps holding a stock as advice", () => {
    expect(answer("Should I hold NVIDIA stock?").abstained).toBe(true);
  });
});
