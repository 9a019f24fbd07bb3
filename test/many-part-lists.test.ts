/**
 * A question that lists several asks gets an answer to each: a list of three nouns whose last
 * item carries the list's question mark, and two question words sharing one clause ("where and
 * when did…") before a second ask. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a list of asked nouns", () => {
  it("answers every item, though the last one ends on the question mark", () => {
    const answer = ask("The day it was announced, the venue, and NVIDIA's investment?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/18 November/);
    expect(answer.text).toMatch(/Ignite/);
    expect(answer.text).toMatch(/10 billion/);
  });

  it("reads a venue as the event", () => {
    expect(ask("what was the venue of the announcement?").text).toMatch(/Ignite/);
  });
});

describe("two question words sharing one clause", () => {
  it("keeps 'where and when did…' one part", () => {
    expect(splitQuestion("where and when did they reveal it, and who pays whom?")).toEqual([
      "where and when did they reveal it",
      "who pays whom?",
    ]);
  });

  it("still splits a clause that asks of its own", () => {
    expect(splitQuestion("who put in more and why did they do it?")).toEqual([
      "who put in more",
      "why did they do it?",
    ]);
  });

  it("answers both the shared clause and the ask after it", () => {
    const answer = ask("where and when did they announce it, and how much did nvidia commit?");
    expect(answer.text).toMatch(/Ignite/);
    expect(answer.text).toMatch(/10 billion/);
  });
});

describe("a topic named before a colon", () => {
  it("is asked of by every part after it", () => {
    const question =
      "The NVIDIA half: what did it pledge, and on which hardware generation does Anthropic run?";
    const parts = questionParts(index, question, false);
    expect(parts.map((part) => part.bare)).toEqual([
      "what did it pledge",
      "on which hardware generation does Anthropic run?",
    ]);
    expect(parts.every((part) => part.text.startsWith("The NVIDIA half"))).toBe(true);
    const answer = ask(question);
    expect(answer.text).toMatch(/10 billion/);
    expect(answer.text).toMatch(/Vera Rubin/);
  });

  it("is no topic when it names no party", () => {
    const parts = questionParts(
      index,
      "Quick one: what did NVIDIA pledge, and when was it announced?",
      false,
    );
    expect(parts.some((part) => part.text.startsWith("Quick one"))).toBe(false);
  });
});
