/**
 * A count of a thing the fact sheet never counts (branch outside14), asked by its noun ("칩 개수",
 * "서버 대수", "the number of GPUs") or of a thing whose fact is measured in another unit ("how
 * many chips": the compute is in gigawatts, and names the kinds of chips, not how many). The
 * nearest figure would answer a different question. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a count the facts do not give", () => {
  it.each([
    "엔비디아가 앤트로픽한테 넘기는 칩 개수가 궁금함",
    "앤트로픽 gpu 갯수 알려주세요",
    "마소가 까는 서버 대수는?",
    "what's the number of GPUs in Anthropic's gigawatt",
    "what number of servers does the 1gw mean for anthropic",
    "how many chips does nvidia supply anthropic with",
    "How many GPU's is Anthropic getting out of this?",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });
});

describe("a count the facts give, or the kinds they list", () => {
  it.each([
    "how many clouds is Claude on",
    "How many models does Foundry get",
    "which chips is Anthropic getting",
    "클라우드 몇 개에서 클로드 써?",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
  });
});
