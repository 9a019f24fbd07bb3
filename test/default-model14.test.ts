/**
 * Whether a model is the default somewhere is not covered (branch entity14, knowledge data:
 * outside.relations "default-model"): that Claude is available in a product says nothing of its
 * being the default there. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the default model", () => {
  it.each([
    "Does GitHub Copilot now use Claude by default?",
    "Is Claude going to be the default option in Copilot Studio?",
    "깃허브 코파일럿은 클로드가 디폴트야?",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text).not.toMatch(/^Yes|^No|^맞아요|^아니에요/u);
  });

  it("availability itself is still answered", () => {
    const answer = answerFromKnowledge(index, "Can I still pick Claude inside GitHub Copilot?");
    expect(answer.abstained, answer.text).toBe(false);
  });
});
