/**
 * A closing clause that dates the ask by the story's own moment ("when the news broke") asks
 * nothing: the ask is answered without it. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutStoryMoment } from "../src/answer/fallback/time-clause.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a clause dating the ask by the story's moment", () => {
  it("comes off a question that opens on a question word", () => {
    expect(withoutStoryMoment("what was nadella's line on openai when the news broke")).toBe(
      "what was nadella's line on openai?",
    );
    expect(withoutStoryMoment("how did microsoft describe openai, when it was announced?")).toBe(
      "how did microsoft describe openai?",
    );
  });

  it("stays when it is the ask itself", () => {
    expect(withoutStoryMoment("the nvidia part, when it broke")).toBeUndefined();
    expect(withoutStoryMoment("when did this drop?")).toBeUndefined();
  });

  it("lets the ask be answered", () => {
    const answer = ask("what did nadella say about openai as soon as the news broke");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/critical partner/);
  });

  it("does not make a person the knowledge lacks answerable", () => {
    expect(ask("what did jensen say about claude when it was announced").abstained).toBe(true);
  });
});
