/**
 * Confirmations: polite and tag endings (…맞나요?, …였죠?) are confirmations, and a claim whose
 * figure matches the same parties' fact is a yes even when it names the relation in other words.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { isConfirmation } from "../src/answer/fallback/confirm.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("confirmations", () => {
  it("are read from polite and tag endings", () => {
    expect(isConfirmation("엔비디아가 100억 달러 투자한 게 맞나요?")).toBe(true);
    expect(isConfirmation("마이크로소프트는 50억 달러였죠?")).toBe(true);
    expect(isConfirmation("마이크로소프트는 얼마 투자했나요?")).toBe(false);
    expect(isConfirmation("nvidia put in ten billion, yeah?")).toBe(true);
    expect(isConfirmation("the 1 gw runs on azure, no?")).toBe(true);
  });

  it("say yes when the same parties' fact has the claimed figure", () => {
    expect(lead("NVIDIA committed up to ten billion dollars, right?")).toMatch(/^Yes/);
    expect(lead("엔비디아가 100억 달러를 약속한 게 맞나요?")).toMatch(/^맞아요/);
  });

  it("say no, with the right figure, when it is another party's", () => {
    expect(lead("마이크로소프트 투자금이 100억 달러였죠?")).toMatch(/^아니에요.*50억/);
  });

  it("say yes when the claim's unknown words are the fact's own words", () => {
    expect(lead("Claude is the only frontier model on all three clouds, right?")).toMatch(/^Yes/);
  });
});

describe("a part asking what is not covered", () => {
  it("is answered as not covered next to the other part's answer", () => {
    const answer = answerFromKnowledge(
      index,
      "How much did NVIDIA invest, and what are Anthropic's profits?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/10 billion/);
    expect(answer.text).toMatch(/doesn't cover|not covered/);
  });
});
