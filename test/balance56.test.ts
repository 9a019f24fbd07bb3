/**
 * "What is the balance" of two of the story's figures asks their difference, as "minus" does;
 * "balance" as a verb ("how does Microsoft balance OpenAI and Anthropic") stays the article's word.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the balance of two figures", () => {
  it("is their difference", () => {
    says(
      "what's the net balance of the 30 billion azure deal and the 15 billion invested",
      /\$15 billion more than/u,
    );
  });

  it("leaves balancing to the article", () => {
    says("how is microsoft trying to balance openai and anthropic", /balance the market/u);
  });
});
