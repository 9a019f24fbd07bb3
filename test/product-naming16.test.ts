/**
 * How the product's name is written ("표기"), or that it changed ("이름 바뀌었어?", "rebranded"),
 * asks the fact check about the name: the current name, yes to a rename, no to the old name
 * kept. Only where the product is named ("금액 표기" is no product's name). Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the product's name, as written or changed", () => {
  it("gives the current name when its spelling is asked", () => {
    for (const question of [
      "파운드리 표기법 확인좀",
      "애저 AI 파운드리라고 표기한 거 수정해야 함?",
      "Azure AI Foundry 표기 이대로 써도 되나요",
      "what's azure ai foundry called these days",
      "is the article's naming of Azure AI Foundry ok?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/Microsoft Foundry/u);
    }
  });

  it("says yes to a rename", () => {
    for (const question of [
      "was azure ai foundry rebranded?",
      "did foundry change its name?",
      "애저 AI 파운드리 이름 바꼈어?",
      "파운드리 명칭 바뀐거 맞음?",
    ]) {
      const got = answer(question);
      expect(got.text, question).toMatch(/^(?:Yes|맞아요)/u);
      expect(got.text, question).toMatch(/Microsoft Foundry/u);
    }
  });

  it("says no to the old name kept", () => {
    expect(answer("Azure AI Foundry가 맞는 표기야?").text).toMatch(/^아니에요/u);
  });

  it("leaves the spelling of anything else alone", () => {
    expect(answer("기사에 금액 표기 맞아?").text).not.toMatch(/Foundry/u);
  });
});
