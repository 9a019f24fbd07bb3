/**
 * "total investment" asks an amount like "how much" (branch entity14): of a pair whose only fact
 * has no figure, the figure is not covered. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksForAmount } from "../src/answer/fallback/figure-scope.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("an amount asked as a total", () => {
  it.each([
    "tell me the total investment microsoft has made",
    "openai's total funding from microsoft",
    "the total commitment on the table",
  ])("%s asks an amount", (text) => {
    expect(asksForAmount(text, false)).toBe(true);
  });

  it.each(["total nonsense", "the investment in total was announced when"])(
    "%s asks none",
    (text) => {
      expect(asksForAmount(text, false)).toBe(false);
    },
  );

  it("is not covered for a pair whose fact gives no figure", () => {
    const answer = answerFromKnowledge(index, "Microsoft's total investment into OpenAI to date?");
    expect(answer.abstained, answer.text).toBe(true);
  });

  it("is answered for a pair whose fact gives one", () => {
    const answer = answerFromKnowledge(index, "Microsoft's total investment into Anthropic?");
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/5 billion/u);
  });
});
