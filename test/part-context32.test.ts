/**
 * A second part carries the first part's topic only when it points back: the empty "it" of "is it
 * true that…" points nowhere, a part about the writer's worry asks of the article, and "Two
 * parts, go." after the asks asks nothing. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("what a second part takes from the first", () => {
  it("an empty it takes nothing", () => {
    says(
      "What worries the article most? Also, is it true that the 30 billion is an investment?",
      /circular[\s\S]*No\b[^\n]*\$30 billion/u,
    );
  });
  it("the writer's worry asks of the article, not of the party before", () => {
    says(
      "What did Satya say of OpenAI? And what's the writer worried about with all this cash?",
      /critical partner[\s\S]*The article's worry/u,
    );
  });
  it("a closing 'two parts, go' asks nothing", () => {
    says(
      "When was it announced, and what's the worry in the article? Two questions, go.",
      /18 November[\s\S]*circular/u,
    );
    expect(
      ask("When was it announced, and what's the worry in the article? Two questions, go.").text,
    ).not.toMatch(/According to the article/u);
    says(
      "Who is quoted as the expert, and what is he afraid of? Both parts, go.",
      /unnamed expert[\s\S]*The article's worry/u,
    );
  });
});
