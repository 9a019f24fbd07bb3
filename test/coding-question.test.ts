/**
 * A question that names a programming language is about code, whatever story words it shares.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const abstains = (question: string) => answerFromKnowledge(index, question).abstained;

describe("a question that names a programming language", () => {
  it("is turned away, a story word beside it or not", () => {
    for (const question of [
      "타입스크립트 제네릭 설명 좀, 과제임",
      "how do I dedupe an array in typescript? need it for class",
      "코틀린 코루틴 구조가 뭐임",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves a question with homework as its reason alone", () => {
    expect(abstains("마소가 앤트로픽에 얼마 넣었어? 과제 급함")).toBe(false);
  });
});
