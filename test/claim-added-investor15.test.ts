/**
 * A claim that puts another party among this deal's payers, with a sum the facts hold ("구글도
 * 이번 딜에서 50억 넣었다던데?"): a no with the payers the facts name and their figures, then that
 * party's own investments said not covered. Without "this deal", or without a sum, it stays not
 * covered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("another party put among this deal's payers", () => {
  it("is a no with the payers and their figures, and the party's own money not covered", () => {
    for (const [question, party] of [
      ["Samsung also chipped in $10 billion in this round, right?", /Samsung/u],
      ["so oracle put in 5 billion as part of the deal, right", /Oracle/u],
      ["Amazon kicked in ten billion dollars as part of this, correct?", /Amazon/u],
      ["삼성도 이번 투자에서 백억 달러 넣었다는 게 사실임?", /삼성/u],
      ["이번 거래에서 아마존도 앤트로픽에 오십억 불 투자했다던데요?", /아마존/u],
      ["소프트뱅크가 이번 딜로 50억 달러 넣은 거 맞지", /소프트뱅크/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:No|아니)/u);
      expect(got.text, question).toMatch(/(?:Microsoft|마이크로소프트)[^\n]*(?:NVIDIA|엔비디아)/u);
      expect(got.text.split("\n")[0], question).toMatch(party);
      expect(got.text.split("\n")[0], question).toMatch(/doesn't cover|다루지 않아요/u);
    }
  });

  it("leaves the party's own money not covered without this deal or without a sum", () => {
    for (const question of [
      "메타도 이번 딜에 돈 넣었지?",
      "Samsung invested in Anthropic before this deal, right?",
      "Did Amazon also put $10B into Anthropic?",
    ]) {
      expect(answer(question).abstained, question).toBe(true);
    }
  });

  it("leaves a payer's own claim to the usual check", () => {
    const got = answer("Microsoft put $5B into Anthropic in this deal, right?");
    expect(got.text).toMatch(/^Yes/u);
  });
});
