/**
 * A list claimed shorter than it is ("두 개뿐 아님?", "just 2 models right?"): a no with the fact
 * that lists more. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { claimsCountOnly, listsMoreThanClaimed } from "../src/answer/fallback/exclusive.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const index = buildKnowledgeIndex(knowledge);
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a count claimed as all there is", () => {
  it("reads the count in both languages", () => {
    expect(claimsCountOnly("모델 두 가지밖에 없지?")).toBe(true);
    expect(claimsCountOnly("2개만 들어감?")).toBe(true);
    expect(claimsCountOnly("foundry only has two claude models")).toBe(true);
    expect(claimsCountOnly("두 회사가 투자했지?")).toBe(false);
  });

  it("is a no against a list of more", () => {
    const fact = knowledge.facts.find((candidate) => candidate.relation === "available-on");
    expect(fact && listsMoreThanClaimed(fact, "just 2 models right?")).toBe(true);
    for (const question of [
      "파운드리 클로드 모델 두 가지밖에 없지?",
      "Foundry customers get just 2 Claude models right?",
      "Foundry only has two Claude models, Sonnet and Opus, correct?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:No|아니)/u);
      expect(got.text, question).toMatch(/Haiku 4\.5/u);
    }
  });

  it("is no no when the count is the list's", () => {
    expect(answer("Foundry gets three Claude models, right?").text).toMatch(/^Yes/u);
  });
});
