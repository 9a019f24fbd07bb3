/**
 * One way asked inside a request ("explain what A is buying from B"), and who holds what after
 * the money moved ("who owns what now?"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksMoneyDirection } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("what one party buys from another, asked inside a request", () => {
  it.each([
    ["pls tell me what microsoft bought from nvidia", /^Microsoft → NVIDIA/],
    ["i still dont get what anthropic is purchasing from MS", /^Anthropic → Microsoft/],
    ["wondering what Anthropic buys from Microsoft, exactly", /^Anthropic → Microsoft/],
  ])("%s", (question, opening) => {
    expect(answerFromKnowledge(index, question).text).toMatch(opening);
  });
});

describe("who holds what", () => {
  it("reads who owns what, or a stake in whom, as the money's direction", () => {
    expect(asksMoneyDirection("ok so who owns what at the end")).toBe(true);
    expect(asksMoneyDirection("who has a stake in whom now?")).toBe(true);
    expect(asksMoneyDirection("who owns anthropic?")).toBe(false);
  });

  it("answers it with the investments", () => {
    const answer = answerFromKnowledge(
      index,
      "so between msft, nvidia and anthropic, who owns what?",
    );
    expect(answer.text).toMatch(/equity investment/);
  });
});
