/**
 * Money flow and many-part questions (round twelve): the loop traced leg by leg, and requests to
 * be walked through something. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loopTracedAnswer } from "../src/answer/fallback/loop-trace.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the loop traced leg by leg", () => {
  it("is answered with every flow and the loop, not one party's flows", () => {
    const english = answerFromKnowledge(
      index,
      "Go round the cycle for me: who is Anthropic paying, who does Microsoft pay next, and who is paying Anthropic?",
    );
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/Microsoft → NVIDIA/);
    expect(english.text).toMatch(/circular investment/);
    const korean = answerFromKnowledge(
      index,
      "순환 구조 순서대로: 앤트로픽은 누구한테 돈 내? 마소는 누구한테 돈 내? 앤트로픽한테는 누가 돈 줘?",
    );
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/마이크로소프트 → 엔비디아/);
    expect(korean.text).toMatch(/순환 투자/);
  });

  it("leaves a part that asks something else to its own answer", () => {
    const question = "In the loop, who does Anthropic pay, and when was the deal announced?";
    expect(loopTracedAnswer(index, question, index.analyze(question), "en")).toBeUndefined();
  });
});

describe("a request to be walked through something", () => {
  it("asks to explain it", () => {
    const answer = answerFromKnowledge(index, "Can you talk me through the money loop here?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Microsoft pays NVIDIA/);
  });
});
