/**
 * conf14: a claimed rename, the former name then "now" / "지금은" and the name claimed today; and
 * "<the deal> dropped" without its article as "was announced". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a claimed rename", () => {
  it("is a yes for the current name, a no for another", () => {
    expect(lead("so Azure AI Foundry is now Microsoft Foundry, correct?")).toMatch(/^Yes/);
    expect(lead("Azure AI Foundry가 요즘은 Microsoft Foundry라고 하던데 맞아?")).toMatch(/^맞아요/);
    expect(lead("Azure AI Foundry is now Copilot Studio, right?")).toMatch(/^No/);
  });

  it("leaves the former name claimed as today's to the current-name check", () => {
    expect(lead("Azure AI Foundry가 지금 정식 명칭이지?")).toMatch(/^아니에요/);
  });
});

describe("the news 'dropped' without its article", () => {
  it("is the announcement, checked against its date and place", () => {
    expect(lead("partnership dropped at Build, yeah?")).toMatch(/^No/);
    expect(lead("news dropped on the 18th?")).toMatch(/^Yes/);
  });
});
