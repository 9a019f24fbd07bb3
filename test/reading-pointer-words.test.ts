/**
 * Words that point at the text being read ("본문에서", "지문에 따르면", "in the passage", "for my
 * worksheet"), a quoting frame ("…이라는거요") and slang for putting money in ("kicking in") are
 * not words the knowledge lacks: the question is read on what it asks (branch plainask).
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("pointers at the text", () => {
  it.each([
    ["지문에서 말하는 애저 구매 약정이 뭔가요?", /300억/u],
    ["원문에 나온 엔비디아 투자 금액 알려주세요", /100억/u],
    ["윗글에서 마이크로소프트가 투자한 금액은?", /50억/u],
    ["In the passage, how much does NVIDIA invest?", /\$10 billion/u],
    ["According to the excerpt, what did Anthropic commit to buy from Azure?", /\$30 billion/u],
    ["For my worksheet: how much is Microsoft investing in Anthropic?", /\$5 billion/u],
    ["필자가 말하는 순환 투자 구조라는거 설명해줘", /순환/u],
    ["글쓴이가 제일 걱정하는 게 뭐라는거야", /우려/u],
  ])("%s is answered", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it.each(["지문에 나온 날씨 예보 알려줘", "In the passage, what's the recipe for kimchi?"])(
    "%s stays off topic",
    (question) => {
      expect(ask(question).abstained).toBe(true);
    },
  );
});

describe("putting money in, said casually", () => {
  it.each([
    ["how much is Nvidia kicking in?", /\$10 billion/u],
    ["MS kicked in how much?", /\$5 billion/u],
    ["how much did microsoft pitch in", /\$5 billion/u],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });
});
