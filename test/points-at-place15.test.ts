/**
 * A part that points back with "there" / "거기" at what the part before named (branch entity15):
 * when that is not covered, the part is not answered with the story's own figure. No phrasing
 * here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a part pointing back at another company's deal", () => {
  it.each([
    "how does Oracle's deal with OpenAI compare, wasn't it huge? what's the committed figure there",
    "Is SoftBank's stake in OpenAI bigger than this? what's the committed sum over there",
    "오라클이 오픈AI 클라우드 맡는다던데 얼마짜리야? 거기 약정 금액은?",
  ])("%s is not covered", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });

  it("a covered place pointed back at is still answered", () => {
    const answer = answerFromKnowledge(
      index,
      "what is Azure AI Foundry called now, and which Claude models does it offer there?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Sonnet/u);
  });
});
