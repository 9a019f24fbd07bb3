/**
 * The story's own date stated as a premise ("11월 18일 발표 나고 …") before a part the record does
 * not cover is no question of its own (branch events15). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the story's date as a premise", () => {
  it("is not answered beside a part not covered", () => {
    const answer = ask("11월 18일에 공개했는데 그 주에 마소 시총 얼마나 늘었어?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/Ignite/u);
  });

  it("leaves a covered part after it answered", () => {
    const answer = ask("11월 18일에 공개했는데 엔비디아는 얼마 넣기로 했어?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/u);
  });
});
