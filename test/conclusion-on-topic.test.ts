/**
 * The article's conclusion asked by its word on a topic a heading names ("the blog's conclusion
 * re: monopoly or competition"): that section's reading, caveat included, not the closing section
 * quoted beside the topic's question. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the conclusion on a topic", () => {
  it("is that topic's section, with its caveat", () => {
    for (const question of [
      "so what's the blog's conclusion re: monopoly or competition?",
      "글쓴이 결론은 독점 쪽이야 경쟁 쪽이야?",
    ]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/barrier to entry|진입 장벽/u);
    }
  });

  it("leaves the conclusion asked alone to the closing section", () => {
    expect(answerFromKnowledge(index, "what's the article's conclusion?").text).toMatch(
      /keep watching|지켜봐/u,
    );
  });
});
