/**
 * Several asks in one English message, each answered: a bare question word after a clause asks
 * that clause again ("who announced it, where, and…"), a yes/no question keeps its question mark
 * in the message ("is claude still in github copilot? also…"), the article's view beside a
 * question of another thing is one part of two, and an aside in brackets on a listed item lists
 * nothing. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { splitNounList, splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a bare question word after a clause", () => {
  it("asks that clause again, and the ask after it is a part of its own", () => {
    expect(splitQuestion("who announced it, where, and how big is the azure commitment?")).toEqual([
      "who announced it, where",
      "how big is the azure commitment?",
    ]);
  });

  it("still keeps question words that open the question together", () => {
    expect(splitQuestion("When, where, and how did they announce it?")).toEqual([
      "When, where, and how did they announce it?",
    ]);
  });

  it.each([
    ["who announced it, where, and how big is the azure commitment?", [/Ignite/, /30 billion/]],
    [
      "how much did nvidia commit, when, and what hardware will anthropic run on",
      [/10 billion/, /Blackwell/],
    ],
  ])("answers every ask of %j", (question, expected) => {
    const answer = ask(question);
    for (const pattern of expected) expect(answer.text).toMatch(pattern);
  });
});

describe("a yes/no question, then another question", () => {
  it("answers both", () => {
    const answer = ask("is claude still in github copilot? also how much did microsoft invest");
    expect(answer.text).toMatch(/^Yes/);
    expect(answer.text).toMatch(/5 billion/);
  });

  it("reads the yes/no question as a part though the split took its mark", () => {
    const parts = questionParts(index, "was nvidia's money capped? and what's the 1 GW on", true);
    expect(parts.length).toBe(2);
  });
});

describe("the article's view beside another ask", () => {
  it.each([
    ["what tone does the writer take, and which chips will anthropic run on?", /Blackwell/],
    ["what does the author worry about, and how much is microsoft investing?", /5 billion/],
  ])("answers the view and the other part of %j", (question, other) => {
    const answer = ask(question);
    expect(answer.text).toMatch(/tone|worry/);
    expect(answer.text).toMatch(other);
  });

  it("keeps the view whole when the other part only restates it", () => {
    const answer = ask("글쓴이 논조 어때? 부정적이야 긍정적이야?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/논조/);
    expect(answer.text).not.toMatch(/다루지 않는/);
  });
});

describe("an aside in brackets on a listed item", () => {
  it("lists nothing", () => {
    expect(
      splitNounList("the date, microsoft's stake size, and the compute capacity (in GW, roughly)"),
    ).toEqual(["the date", "microsoft's stake size", "the compute capacity (in GW, roughly)"]);
  });

  it("answers every item of a list after a frame", () => {
    const answer = ask(
      "quick list: the date, microsoft's stake size, and the compute capacity (in gigawatts, roughly)",
    );
    expect(answer.text).toMatch(/18 November/);
    expect(answer.text).toMatch(/5 billion/);
    expect(answer.text).toMatch(/1 gigawatt/);
  });
});
