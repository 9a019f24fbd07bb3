/**
 * An item asked of a listed set beyond the items it lists (branch lineup14): "part of the
 * lineup", "alongside", a Korean 도 on a name read by the glossary, another lab's versioned model.
 * Not covered when asked; a claim of it is still corrected with the list. No phrasing here is in
 * an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksBeyondTheList } from "../src/answer/fallback/beyond-the-list.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("an item asked beyond those listed", () => {
  it.each([
    "Does the Foundry lineup include Haiku 3?",
    "is sonnet 3.5 part of what foundry customers get",
    "Would Opus 3 sit alongside the new models on Foundry?",
    "Is Sonnet 4 included in the Foundry models?",
    "will gpt-4o be in foundry along with claude",
    "is gemini 2 on foundry too",
    "Are Claude 2.1 models also offered through Copilot?",
    "클로드 3 오퍼스도 파운드리에서 쓸 수 있어?",
    "하이쿠 3.5 같은 예전 모델도 파운드리에 들어가나요?",
    "gpt-5도 애저 파운드리에 올라가나",
    "파운드리 라인업에 소네트 3.7 포함돼요?",
    "Is Haiku 5 coming as part of the partnership?",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it.each([
    "Is Haiku 4.5 part of the Foundry lineup?",
    "Does the Foundry lineup include Opus 4.1?",
    "is azure part of the three clouds",
  ])("%s, an item listed, is answered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
  });
});

describe("a claim of an item not listed is still corrected", () => {
  it.each([
    "Opus 3 is part of the Foundry lineup, right?",
    "so foundry customers get sonnet 3.7 alongside the others, correct?",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/^No/u);
    expect(answer.text).toMatch(/Opus 4\.1/u);
  });
});

describe("asksBeyondTheList", () => {
  it.each([
    "is opus 3 part of the lineup?",
    "does foundry have haiku 2 alongside sonnet?",
    "is it coming to foundry?",
    "3.7 sonnet도 돼?",
    "gpt-5도 있어?",
  ])("%s asks beyond the list", (text) => {
    expect(asksBeyondTheList(text)).toBe(true);
  });

  it("reads 도 on a Korean name the glossary rewrote", () => {
    expect(asksBeyondTheList("클로드 2 opus 있나요?", "클로드 2 오퍼스도 있나요?")).toBe(true);
  });

  it.each([
    "opus 3 is part of the lineup, right?",
    "하이쿠 3도 있다던데요?",
    "is opus 3 on foundry?",
    "투자 한도 얼마야?",
  ])("%s does not", (text) => {
    expect(asksBeyondTheList(text)).toBe(false);
  });
});
