/**
 * One party said to give and to get ("투자도 하고 돈도 받음?"), and a ticker followed by the verb
 * "puts" ("MSFT puts in 5B"): the money both ways, and a company's act, not the asker's options
 * trade. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("one party said to give and to get", () => {
  it.each([
    ["마소는 앤트로픽에 돈도 넣고 돈도 받는 구조임?", /50억[\s\S]*300억/],
    ["엔비디아는 앤트로픽한테 투자도 하면서 대금도 받아?", /100억[\s\S]*1기가와트/],
    ["마이크로소프트가 앤트로픽한테 돈도 받고 투자도 하는 거 맞아?", /50억[\s\S]*300억/],
  ])("gives the money both ways for %s", (question, expected) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(expected);
    expect(said.text).not.toMatch(/방향이 반대/);
  });
});

describe("a ticker before 'puts' as a verb", () => {
  it.each([
    "ok so MSFT puts in five billion and NVDA puts in ten, what's the total?",
    "nvda puts up $10B for a stake, right?",
  ])("answers %s", (question) => {
    expect(answer(question).abstained).toBe(false);
  });

  it.each(["msft puts or calls here?", "loading nvda puts before earnings?"])(
    "still turns away the options trade %s",
    (question) => {
      expect(answer(question).abstained).toBe(true);
    },
  );
});
