/**
 * Glossary entries for questions of money's direction: a go-between ("middleman", "intermediary")
 * asks whether the money goes through someone else; a cleft ("X is the one receiving…") claims
 * what "X is receiving…" claims, only beside a word of money moving. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("money through a go-between", () => {
  it("answers whether the money goes through someone else", () => {
    const said = answer("does anthropic pay nvidia straight or is there a go-between?");
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/through Azure/);
  });
});

describe("a claim said as a cleft", () => {
  it("reads 'X is the one getting' as 'X is getting'", () => {
    expect(answer("so microsoft is the one getting the 30 billion, right?").text).toMatch(/^Yes/);
  });

  it("leaves a speaker's cleft as it is written", () => {
    expect(
      answer("Jensen Huang is the one who said OpenAI remains a critical partner, right?").text,
    ).toMatch(/^No: Satya Nadella/);
  });
});
