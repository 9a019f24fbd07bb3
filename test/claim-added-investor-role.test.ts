/**
 * claims16: a party the facts give a role of its own, claimed to join this deal's payers with
 * no sum ("아마존도 같이 투자했죠?"), is a no with the payers; a party with no role of its own, or
 * a sum the facts lack, stays not covered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);
const lead = (question: string) => firstSentence(answer(question).text);

describe("a party with a role of its own claimed to co-invest in this deal", () => {
  it("is a no with who does invest", () => {
    expect(lead("아마존도 이번 딜에 함께 투자한 거 맞지?")).toMatch(/^아니에요.*엔비디아/);
    expect(lead("AWS co-invested in this deal, right?")).toMatch(/^No\b.*NVIDIA/);
  });

  it("leaves a party with no role of its own, or a sum the facts lack, not covered", () => {
    expect(answer("구글도 이번 거래에 같이 투자한 거 맞지?").abstained).toBe(true);
    expect(answer("Amazon put another $2B alongside this round, right?").abstained).toBe(true);
  });
});
