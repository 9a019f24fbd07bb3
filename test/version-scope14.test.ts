/**
 * Versions the record does not list (branch entity14): written before the name ("3.7 sonnet"),
 * asked as coming later ("is Opus 6 coming to Foundry?"), and read the same whatever was asked
 * before. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksPlainly } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a version written before its name", () => {
  it.each(["does foundry carry the 3.7 sonnet as well?", "can foundry users also pick 2 haiku?"])(
    "%s is not covered",
    (question) => {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, answer.text).toBe(true);
    },
  );

  it("a count before a word is no version", () => {
    const answer = answerFromKnowledge(index, "is claude on 3 clouds as well?");
    expect(answer.abstained, answer.text).toBe(false);
  });
});

describe("a version asked as coming later", () => {
  it.each([
    "Is Claude Haiku 6 coming to Microsoft Foundry under this deal?",
    "Are Foundry customers going to get Opus 6 through this partnership?",
  ])("%s is not covered, asked plainly", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it("a claim of it is still corrected with the list", () => {
    const answer = answerFromKnowledge(
      index,
      "My colleague says Foundry customers are going to get Opus 6 from this, right?",
    );
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/^No/u);
    expect(answer.text).toMatch(/Opus 4\.1/u);
  });
});

describe("asksPlainly", () => {
  it.each(["is it coming to azure?", "will they add it?", "애저에도 들어오나요?"])(
    "%s asks plainly",
    (text) => {
      expect(asksPlainly(text)).toBe(true);
    },
  );
  it.each([
    "it is coming to azure, right?",
    "i read that it will be added. true?",
    "들어오는 거 맞지?",
  ])("%s puts a claim forward", (text) => {
    expect(asksPlainly(text)).toBe(false);
  });
});

describe("the same question gets the same answer whatever came before", () => {
  it("a release question leaves no state behind for the next one", () => {
    const question = "is sonnet 6 going to be on foundry?";
    const fresh = answerFromKnowledge(index, question);
    answerFromKnowledge(index, "has haiku 9 been released yet?");
    const after = answerFromKnowledge(index, question);
    expect(after.abstained).toBe(fresh.abstained);
    expect(after.text).toBe(fresh.text);
  });
});
