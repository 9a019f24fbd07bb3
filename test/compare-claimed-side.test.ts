/**
 * conf14: a tagged claim that one side is the bigger (or smaller) with no "than" ("X's the bigger
 * check, 10B vs 5B, right?"): the side named last before the word of size is claimed. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("one side claimed the bigger, with no 'than'", () => {
  it("is yes or no first, by the side named before the word of size", () => {
    expect(lead("msft's the smaller cheque here, 5B vs 10B from nvidia, right?")).toMatch(/^Yes/);
    expect(lead("microsoft's the larger check, 5B vs 10B from nvidia, right?")).toMatch(/^No/);
    expect(lead("nvidia is the bigger check, 10B vs msft's 5B, yeah?")).toMatch(/^Yes/);
  });

  it("gives no verdict to 'more' meaning additional", () => {
    expect(lead("could microsoft order more nvidia systems later on?")).not.toMatch(/^(?:Yes|No)/);
  });
});

describe("the base of a Korean comparison, named by its own words", () => {
  it("reads what 보다 follows as the base, though its party is named first", () => {
    // Microsoft is named first; what 보다 follows is its investment, and the Azure purchase is
    // claimed the bigger.
    expect(lead("마소가 앤트로픽에 넣은 투자금보다 애저로 돌려받는 돈이 더 크죠?")).toMatch(
      /^맞아/u,
    );
    expect(lead("마소가 앤트로픽에 넣은 투자금보다 애저로 돌려받는 돈이 더 작죠?")).toMatch(
      /^아니/u,
    );
  });

  it("never reads 보다 of a guess ('그런가 보다') as 'than'", () => {
    expect(lead("다들 엔비디아가 300억 넣은 건가 보다 하던데 맞아요?")).toMatch(/^아니/u);
  });
});
