/** Questions about the article's layout (mix4): its headings in order. Phrasings not in any eval set. */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksForStructure } from "../src/answer/fallback/structure.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the article's layout", () => {
  it("is asked by headings, or by layout words said of the article", () => {
    expect(asksForStructure("기사 목차 좀 알려줘")).toBe(true);
    expect(asksForStructure("how is this blog post organized?")).toBe(true);
    expect(asksForStructure("what's the structure of the deal?")).toBe(false);
    expect(asksForStructure("which section of the article talks about nvidia?")).toBe(false);
  });

  it("is answered with every heading, as written", () => {
    const answer = answerFromKnowledge(index, "list the subheadings please");
    const headings = index.knowledge.article.sections.flatMap((section) =>
      section.heading ? [section.heading] : [],
    );
    expect(answer.abstained).toBe(false);
    for (const heading of headings) expect(answer.text).toContain(heading);
  });
});
