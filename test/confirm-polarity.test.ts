/**
 * conf10: a confirmation's polarity and qualifiers decide the yes or no, not only its words. A
 * claim that denies what the fact holds is a no; one that denies what it does not hold is a yes.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a negated claim", () => {
  it("is a no when the fact holds what it denies, in any contraction", () => {
    expect(lead("You can't reach Claude through AWS, right?")).toMatch(/^No/);
    expect(lead("Claude won't be reachable on Azure, correct?")).toMatch(/^No/);
    expect(lead("아마존에선 클로드 이용 불가인 거 맞지?")).toMatch(/^아니에요/);
  });

  it("is a yes when the fact does not hold what it denies", () => {
    expect(lead("The partnership wasn't unveiled at Microsoft Build, right?")).toMatch(/^Yes/);
    expect(lead("Foundry customers won't get Opus 4.5, correct?")).toMatch(/^Yes/);
  });

  it("of winding down or drawing away is a no against a fact that goes on", () => {
    expect(lead("Microsoft is scaling back its OpenAI partnership, right?")).toMatch(/^No/);
    expect(lead("마이크로소프트가 오픈AI랑 점점 멀어지는 거 맞지?")).toMatch(/^아니에요/);
  });
});
