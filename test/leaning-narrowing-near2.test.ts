/**
 * A part that narrows a question not covered ("미국 어디?"), asks of the thing it named by a
 * pronoun ("What are its terms?") or asks the name of the one it asked who of, is not covered
 * with it (branch near2). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("parts leaning on a part not covered", () => {
  it.each([
    "Where will the new data centers be built? Which state?",
    "데이터센터는 어디다 짓는대? 텍사스 어디?",
    "Is there a non-compete? what does it cover?",
    "who founded anthropic? what are their names",
    "Who negotiated the deal for NVIDIA? what's the person called?",
    "앤트로픽 대표가 누구예요? 이름이 뭐예요?",
  ])("%s is not covered", (question) => {
    expect(ask(question).abstained).toBe(true);
  });

  it.each([
    "Is Anthropic profitable? What's its valuation?",
    "Did Apple invest? how much did Microsoft invest?",
    "앤트로픽 CEO 누구야? 마소는 얼마 투자했어?",
    "Who invested in Anthropic? what are their names?",
  ])("%s keeps its covered part", (question) => {
    expect(ask(question).abstained).toBe(false);
  });
});
