/**
 * Sharing a post on social media ("QT'd", "retweeted", "인용 트윗") is posting it: the words
 * after it ask, not a "QT" the article lacks. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a post shared on social media", () => {
  it("is the frame, not the thing asked", () => {
    for (const question of [
      "someone retweeted it saying the article is inaccurate, what's wrong in it?",
      "my coworker quote-tweeted this and said the headline is wrong, true?",
      "누가 인용 트윗하면서 기사 제목 틀렸다던데 뭐가 틀린 거야?",
      "리트윗으로 돌던데 기사 헤드라인 맞아?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/150|15 billion|record|기록/u);
    }
  });
});
