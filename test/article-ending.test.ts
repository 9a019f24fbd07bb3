/**
 * conf14: how the article ends. Its last section is a sign-off; the question it closes on sits in
 * the section before, so both are quoted. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksArticleEnding } from "../src/answer/fallback/article-ending.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("how the article ends", () => {
  it("quotes the question the piece closes on and its sign-off, in either language", () => {
    for (const question of [
      "what does the blog post end on?",
      "what's the ending of the article like?",
      "기사 맺음말은 무슨 얘기야?",
      "글 끝부분에 뭐라고 써 있어?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/독점/);
      expect(answer.text, question).toMatch(/어떻게 생각하시나요/);
      expect(answer.citations.length, question).toBeGreaterThanOrEqual(2);
    }
  });

  it("is not asked when a party, a topic, a figure or a claim stands beside the ending", () => {
    for (const question of [
      "what does the article say Microsoft will do by the end of the year?",
      "기사 결론에서 순환투자에 대해 뭐라고 해?",
      "기사 마지막 부분에 나온 150억 달러는 뭐야?",
    ]) {
      expect(asksArticleEnding(index.analyze(question)), question).toBe(false);
    }
    expect(asksArticleEnding(index.analyze("what does the blog post end on?"))).toBe(true);
    // The ending of something other than the piece is not asked.
    expect(asksArticleEnding(index.analyze("what's the ending of the movie?"))).toBe(false);
  });
});
