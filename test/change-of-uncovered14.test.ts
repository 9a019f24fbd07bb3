/**
 * A change claimed of something no fact covers (branch lineup14): "the default becomes Claude"
 * changes the default, which the fact that Claude remains available does not settle. A claim that
 * Claude leaves a product is still answered with that fact. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a change of the default", () => {
  it.each([
    "코파일럿 기본값이 클로드로 바뀌는 거야?",
    "깃허브 코파일럿 디폴트가 클로드로 바뀌는 거야?",
    "M365 Copilot 기본 AI가 클로드로 교체되는 거지?",
    "Is GitHub Copilot's default model switching to Claude?",
    "Will Copilot Studio switch its default to Claude?",
    "Is Claude replacing GPT as Microsoft 365 Copilot's default, right?",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text).not.toMatch(/^Yes|^No|^맞아요|^아니에요/u);
  });
});

describe("a claim that Claude leaves a product", () => {
  it.each([
    "Copilot Studio에서 클로드 빠지는 거지?",
    "So Microsoft is dropping Claude from GitHub Copilot, right?",
  ])("%s is still answered no", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/^No|^아니에요/u);
  });
});
