/**
 * Round twenty-five's chat words (glossary.json, confirmation.ts): emoji after a closing
 * intensifier ("no cap 💀", "no cap 💸") keep the question a question; "still daddy for" is a
 * partner that stays; 돈 (얼마) 땡김 is money raised; spilled tea is gossip asked for.
 * Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { knowledgeDir } from "./helpers/paths.ts";

describe("emoji after a closing intensifier", () => {
  it("reads a question closed by a tag and emoji as a question", () => {
    expect(asksToConfirm("how much did msft put in no cap 💀")).toBe(false);
    expect(asksToConfirm("who is paying who fr 😭😭")).toBe(false);
  });

  it("still reads a claim closed by a tag and emoji as a claim", () => {
    expect(asksToConfirm("msft put in 5 bil fr 💀")).toBe(true);
    expect(asksToConfirm("msft put in 5 bil fr")).toBe(true);
  });
});

describe("round twenty-five's chat words", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const read = (text: string) => readQuestion(text, index.lexicon).normalized;
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("keeps a money emoji after a tag off the question's end", () => {
    expect(read("how much did msft put in fr 💰")).not.toContain("money");
    expect(read("how much 💰 did msft put in")).toContain("money");
  });

  it.each([
    ["how much did jensen's company drop on anthropic no cap 💵", ["10 billion"]],
    ["amazon still the daddy for anthropic fr", ["Amazon"]],
    ["circular investment tea, spill", ["circular"]],
    ["클로드 회사 돈 땡긴 거 얼마임", ["150억"]],
  ])("%s", (question, needles) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    for (const needle of needles) expect(answer.text).toContain(needle);
  });

  it("leaves tea and spill alone apart from each other", () => {
    expect(read("is there tea at the conference")).toContain("tea");
    expect(read("did the oil spill matter")).toContain("spill");
  });

  it("leaves bare 땡김 as buying", () => {
    expect(read("컴퓨팅 얼마 땡김")).not.toContain("투자받");
  });
});
