/**
 * conf14: a Korean question whether the official announcement backs what the article says ("공식
 * 발표 내용인가요?", "보도자료에 근거가 나와?"): where the record corrects the article, a no with
 * the fact check. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("whether the announcement backs the article, asked in Korean", () => {
  it("is a no with the fact check when the record corrects the article", () => {
    for (const question of [
      "기사가 말하는 투자 '조건', 보도자료에 근거가 나와?",
      "엔비디아 투자가 칩 협력 조건부라는 거, 공식 발표 내용인가요?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(firstSentence(answer.text), question).toMatch(/^아니에요/);
      expect(answer.text, question).toMatch(/해석/);
    }
  });

  it("reads 근거 as the record's backing only when the record is named", () => {
    expect(index.analyze("보도자료에 근거가 있어?").normalized).toContain("나와 있");
    expect(index.analyze("이 주장 근거가 있어?").normalized).toContain("근거가 있");
  });
});
