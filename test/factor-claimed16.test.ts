/**
 * A factor claimed (nums16): "doubled", "tripled", "two to one", "2대1" are ratios claimed; "more
 * than double" is a floor, "nearly double" within a tenth; a factor claimed of one measure is its
 * figure over the earlier one its fact states. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a factor claimed of one measure", () => {
  it("says no to more than double, with the real multiple", () => {
    expect(lead("anthropic's valuation more than doubled since september, correct?")).toMatch(
      /^No.*1\.91 times/,
    );
    expect(lead("기업가치가 두 배 넘게 뛴 거 맞지?")).toMatch(/^아니에요.*1\.91배/);
  });

  it("says yes to nearly double", () => {
    expect(lead("the valuation almost doubled, right?")).toMatch(/^Yes/);
    expect(lead("기업가치 거의 두 배 된 거 맞죠?")).toMatch(/^맞아요/);
  });

  it("says no to tripled", () => {
    expect(lead("the valuation tripled, didn't it?")).toMatch(/^No/);
  });
});

describe("a factor claimed between two figures", () => {
  it("reads 'two to one' and '2대1' as double", () => {
    expect(lead("nvidia vs microsoft money is two to one, right?")).toMatch(/^Yes.*twice/);
    expect(lead("엔비디아랑 마소 투자 비율 2대1 맞아?")).toMatch(/^맞아요/);
  });

  it("holds 'more than double' as a floor", () => {
    expect(lead("the azure spend is more than double the total investment, right?")).toMatch(/^No/);
  });
});
