/**
 * conf14: whether the article states one of its figures exactly ("fine print", "qualify", "빠진
 * 디테일"): the record's fact check of that figure. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksHowFigureIsQualified } from "../src/answer/fallback/article-qualifier.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("how the record qualifies a figure of the article", () => {
  it("gives the figure's fact check, in either language", () => {
    for (const [question, check] of [
      ["does the blog post give the 30 billion precisely, or is it qualified?", /up to \$15/],
      ["기사에 나온 300억 달러에 단서가 붙어 있어?", /최대 150억/],
      ["기사 1기가와트 대목에 디테일이 빠졌나?", /초기에 최대/],
      // The qualifiers, hedges or caveats named (round seventeen).
      ["is the article's 1 gigawatt hedged the way the release hedges it?", /'up to'/],
      ["does the post keep the announcement's qualifiers on the 1 GW?", /'up to'/],
      ["any caveats missing from the blog's 1GW line?", /'up to'/],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(check);
    }
  });

  it("is asked only of the piece, with a figure", () => {
    expect(
      asksHowFigureIsQualified(index.analyze("what's the fine print of NVIDIA's 10 billion?")),
    ).toBe(false);
    expect(asksHowFigureIsQualified(index.analyze("is there fine print in the article?"))).toBe(
      false,
    );
    expect(
      asksHowFigureIsQualified(index.analyze("is the 1 GW the piece quotes the precise number?")),
    ).toBe(true);
  });
});
