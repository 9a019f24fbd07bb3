/**
 * Slang money verbs and romanised Korean are read as the words they stand for (glossary data),
 * so the question finds its fact. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("slang for putting money in", () => {
  it("finds the investment, in either language", () => {
    expect(ask("엔비디아는 얼마 태웠냐").text).toMatch(/100억/);
    expect(ask("so how much did Microsoft pump in").text).toMatch(/5 billion/);
    expect(ask("nvidia tuja eolma").text).toMatch(/100억|10 billion/);
    expect(ask("how much is Microsoft bankrolling").text).toMatch(/5 billion/);
  });

  it("reads a request for a short version as a summary", () => {
    const answer = ask("explain the deal in a few lines");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/15 billion/);
  });
});

describe("asking for a total or a unit in slang", () => {
  it("reads 'the total tab' and 'total damage' as how much", () => {
    expect(ask("nvidia plus microsoft into claude's maker: the total tab?").text).toMatch(
      /15 billion/,
    );
    expect(ask("microsoft and nvidia into anthropic: total damage?").text).toMatch(/15 billion/);
  });

  it("reads 'which units' as asking for the measure", () => {
    const answer = ask("which units is anthropic's extra compute counted in?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/gigawatt/);
  });
});
