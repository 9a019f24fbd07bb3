/**
 * A party claimed to buy or take over the invested company ("is msft buying anthropic"): the
 * glossary reads it as an acquisition, a no with the investment. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a buy-out of the invested company claimed", () => {
  it.each([
    ["Is Nvidia buying out Anthropic??", /up to \$10 billion/],
    ["so msft is basically buying anthropic lol", /up to \$5 billion/],
    ["Microsoft is taking over Anthropic, right?", /up to \$5 billion/],
    ["Will Microsoft buy Anthropic eventually?", /up to \$5 billion/],
    ["nvidia took over anthropic or what", /up to \$10 billion/],
  ])("says no with the investment for %s", (question, figure) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/^No/);
    expect(said.text).toMatch(figure);
  });

  it("leaves Anthropic's models bought for Foundry alone", () => {
    expect(answer("Is Microsoft buying Anthropic's models for Foundry?").text).not.toMatch(/^No/);
  });
});
