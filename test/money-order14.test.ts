/**
 * The order the money goes round, asked with an order word the knowledge has no entry for
 * ("순서", "차례", "order", "sequence"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksMoneyOrder } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the money's order, asked", () => {
  it.each([
    "순환투자에서 자금이 무슨 순서로 돌아가요?",
    "돈 도는 차례가 어케 됨",
    "in which order does the cash travel between the three firms",
    "whats the order of the money in this circular thing",
  ])("answers %s with every flow and the loop", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Microsoft|마이크로소프트/);
    expect(answer.text).toMatch(/NVIDIA|엔비디아/);
    expect(answer.text).toMatch(/circular investment|순환 투자/);
  });
});

describe("an order word that asks no order of the money", () => {
  it("reads a list asked in order (순서대로, 차례로) as no loop", () => {
    expect(asksMoneyOrder("마소랑 엔비디아 투자금 순서대로 알려줘")).toBe(false);
    expect(asksMoneyOrder("50억이랑 100억, 차례로 누가 낸 돈이야?")).toBe(false);
    expect(asksMoneyOrder("두 차례에 걸쳐 돈이 들어가?")).toBe(false);
  });

  it("needs the money in the sentence, and it moving", () => {
    expect(asksMoneyOrder("who announced first, in what order?")).toBe(false);
    expect(asksMoneyOrder("발표 순서가 어떻게 돼?")).toBe(false);
    expect(asksMoneyOrder("what order should i read the payments section in")).toBe(false);
  });

  it("leaves a question naming one or two parties to their own flows", () => {
    const answer = answerFromKnowledge(index, "마소랑 엔비디아 투자금 순서대로 알려줘");
    expect(answer.text).not.toMatch(/순환 투자/);
  });
});
