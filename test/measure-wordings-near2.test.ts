/**
 * Known measures in wordings the first rules missed: a duration "에 걸친", progress "이미 얼마",
 * a count "how many of those …", a conversion "우리돈으로" (branch near2). Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("measures asked in other wordings", () => {
  it.each([
    "애저 약정 몇년에 걸쳐서 쓰는거임",
    "300억불 계약은 몇 해에 걸친 거예요?",
    "마이크로소프트가 50억 중에 이미 얼마 넣었어?",
    "엔비디아 투자금 중 지급된 금액은 얼마임?",
    "how many of the GPUs does anthropic actually get",
    "how many of them blackwell systems will anthropic run",
    "마소 투자금 한국돈으로 치면 얼마나 됨?",
    "how much is nvidia's 10 billion in korean money",
    "150억 달러면 원화 기준으로 몇 조 원이야",
  ])("%s is not covered", (question) => {
    expect(ask(question).abstained).toBe(true);
  });

  it.each([
    "how many of the three clouds have claude",
    "Who remains Anthropic's primary cloud provider, and on how many of the big clouds can you now get Claude?",
    "마이크로소프트는 이미 오픈AI 투자자 아닌가요?",
  ])("%s stays answered", (question) => {
    expect(ask(question).abstained).toBe(false);
  });
});
