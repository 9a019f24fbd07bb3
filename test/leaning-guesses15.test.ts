/**
 * Guesses after a question the record cannot answer: each one guesses that answer, the second as
 * much as the first ("…? 3gw? 10gw?"), and none is a question of its own (branch events15).
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("guesses after a part not covered", () => {
  it.each([
    "How much will the capacity grow to after the first phase? 3gw?",
    "How many gigawatts could they scale to later? 3gw? 10gw?",
    // Counts in Korean number words and counting units, and times offered as guesses.
    "엔비디아가 앤트로픽에 칩 몇 장 주는 거야? 만 장? 십만 장?",
    "GPU는 몇 대 들어가요? 천 대? 만 대?",
    "When does Microsoft wire the money? this month or next?",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/^No:/mu);
  });

  it("leaves a covered figure's guess answered", () => {
    const answer = ask("How much compute did Anthropic contract? 2gw?");
    expect(answer.abstained).toBe(false);
  });
});
