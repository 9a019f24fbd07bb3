/**
 * Which side of the money a party is on, and what is left after both ways, are direction
 * questions: the answer gives the money both ways, even when few of the words are known.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksMoneyDirection } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("side and net of the money", () => {
  it("is read as a direction question", () => {
    expect(asksMoneyDirection("is anthropic the customer or the investor here?")).toBe(true);
    expect(asksMoneyDirection("what's the net money between them")).toBe(true);
    expect(asksMoneyDirection("결국 누가 더 내는 거야?")).toBe(true);
    expect(asksMoneyDirection("how much did nvidia invest?")).toBe(false);
  });

  it("is answered with the money both ways", () => {
    const answer = answerFromKnowledge(
      index,
      "Is Anthropic Microsoft's customer or investor, basically?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/5 billion/);
    expect(answer.text).toMatch(/30 billion/);
  });
});
