/**
 * Korean chat around a question: a leading clause closed by -는데 / -은데 that holds no word of
 * the story ("유튜브 쇼츠 보고 왔는데 …", "출근길에 라디오 들었는데 …") is dropped. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a leading chat clause closed by -는데", () => {
  it.each([
    "유튜브 쇼츠 보고 왔는데 엔비디아는 얼마 넣기로 했음?",
    "출근길에 라디오 들었는데 순환 투자 구조가 뭐임",
    "방금 커뮤 글 읽었는데 마소 투자 금액 알려줘",
  ])("%s is answered", (question) => {
    expect(ask(question).abstained).toBe(false);
  });

  it("a clause naming another company is not dropped as chat", () => {
    expect(ask("오라클 얘기 들었는데 오라클은 얼마 투자했어?").abstained).toBe(true);
  });
});
