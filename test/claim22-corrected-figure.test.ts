/**
 * claim22: the article's wrong figure, denied, is a yes ("NVIDIA didn't put $30 billion into
 * Anthropic, right?"), and a name written in quote marks is still the article's former name
 * ("'애저 AI 파운드리'가 현재 정식 명칭이 맞아?"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the article's wrong figure, denied", () => {
  it("is a yes; affirmed it stays a no, and a party denied is not the figure denied", () => {
    for (const [question, lead] of [
      ["NVIDIA didn't put $30 billion into Anthropic, right?", /^Yes/u],
      ["Microsoft and NVIDIA never put $30 billion into Anthropic, correct?", /^Yes/u],
      ["Microsoft and NVIDIA put $30 billion into Anthropic, right?", /^No/u],
      ["so it's not Nvidia that gets the $30B?", /^No/u],
    ] as const) {
      expect(ask(question).text, question).toMatch(lead);
    }
  });
});

describe("a former name written in quote marks", () => {
  it("is read as the former name asked as the current one", () => {
    for (const [question, lead] of [
      ["기사에 나온 '애저 AI 파운드리'가 지금 정식 이름 맞아?", /^아니에요/u],
      ["기사에 나온 “애저 AI 파운드리”가 현재 공식 명칭 맞죠?", /^아니에요/u],
    ] as const) {
      const answer = ask(question);
      expect(answer.text, question).toMatch(lead);
      expect(answer.text, question).toMatch(/Microsoft Foundry/u);
    }
  });
});
