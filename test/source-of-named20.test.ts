/**
 * "Source" beside a figure or the announcement asks for that one's source, not the story's own
 * "source" fact (the unnamed expert). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

const EXPERT = /unnamed expert|이름 없는 전문가/u;

describe("the source of a figure or the announcement", () => {
  it("answers the figure or the announcement, not the quoted expert", () => {
    for (const [question, holds] of [
      ["마소 50억 달러 투자, 출처 있는 숫자임?", /50억/u],
      ["Is the $10B NVIDIA figure properly sourced or made up?", /10 billion/u],
      ["공동 발표 출처 어디예요? 직접 확인해 보게", /blogs\.microsoft\.com/u],
      ["source for the joint announcement? need the primary doc", /blogs\.microsoft\.com/u],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(holds);
      expect(answer.text, question).not.toMatch(EXPERT);
    }
  });

  it("keeps the expert's source when the quote is what is asked", () => {
    for (const question of [
      "그 전문가 발언 출처가 어디임?",
      "who's the source of the loop quote?",
    ]) {
      expect(ask(question).text, question).toMatch(EXPERT);
    }
  });
});
