/**
 * A ratio or a part claimed in words of its own ("six times", "a third of the total", "3분의 1",
 * "절반", "정확히 두 배"): yes or no first, with both figures and the real ratio. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a part of the whole claimed", () => {
  it("says yes to the right fraction of the total and gives it as a share", () => {
    const yes = lead("so msft is one-third of the overall investment, yeah?");
    expect(yes).toMatch(/^Yes/);
    expect(yes).toMatch(/one third \(about 33\.3%\)/);
    expect(lead("엔비디아가 합계의 삼분의 이 맞지?")).toMatch(/^맞아요.*3분의 2/);
  });

  it("says no to the wrong fraction and gives the real one", () => {
    const no = lead("nvidia put in a quarter of the combined money, didn't it?");
    expect(no).toMatch(/^No/);
    expect(no).toMatch(/two thirds/);
    expect(lead("엔비 돈이 총 투자의 절반이지?")).toMatch(/^아니에요.*3분의 2/);
  });

  it("takes a written figure as the whole it names", () => {
    expect(lead("ms chipped in 1/3 of the 15 billion, true?")).toMatch(/^Yes/);
  });
});

describe("a multiple claimed", () => {
  it("checks a multiple of two named figures", () => {
    expect(lead("the azure spend is 6x what microsoft invested, isn't it?")).toMatch(
      /^Yes.*6 times/,
    );
    expect(lead("애저 약정이 엔비디아 투자의 다섯 배 맞지?")).toMatch(/^아니에요.*3배/);
  });

  it("checks a written figure against a relation named", () => {
    expect(lead("300억 불이 두 회사 투자 합친 것의 딱 두 배 맞아?")).toMatch(/^맞아요.*2배/);
  });
});
