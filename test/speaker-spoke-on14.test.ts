/**
 * Whether a person the knowledge lacks spoke on a topic at all, asked in Korean (branch entity14):
 * "X 이 건에 대해 언급함?" is "did X comment on…", not a claim of who said a quote. Names written
 * without the space ("샘알트먼") are the same person. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a person asked to have spoken on a topic", () => {
  it.each([
    "젠슨 황은 이번 투자 관련해서 언급했어?",
    "다리오 아모데이 이 파트너십에 대해 발언함?",
    "샘알트먼 앤트로픽 투자에 대해 뭐라 했음?",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text).not.toMatch(/^아니에요/u);
  });

  it("a claim of who said the quote is still checked", () => {
    const answer = answerFromKnowledge(index, "순환 투자 얘기는 젠슨 황이 한 말이지?");
    expect(answer.abstained, answer.text).toBe(false);
  });
});
