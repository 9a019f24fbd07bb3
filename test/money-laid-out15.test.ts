/**
 * The flows laid out, asked as a picture or a walk-through ("sketch the money arrows", "trace
 * the loop step by step", "돈이 누구에게서 누구에게 넘어가는지", "돈이 어떻게 도는지"), or money
 * paid only to be paid back: every flow and the loop they make. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksMoneyLaidOut } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the money laid out", () => {
  it.each([
    "money arrows pls",
    "trace the money step by step",
    "can u draw out the cash flows, super simple",
    "walk me through the loop one step at a time",
    "돈이 누구에게서 누구에게 넘어가는지 표로 정리해줘",
    "돈 어케 도는지 설명좀",
    "자금이 누구로부터 누구한테 가는지 알려 주세요",
    // Where the money goes, with no party named.
    "so where does the money go?",
    "현금은 다 어디로 흘러가요?",
  ])("answers %s with every flow and the loop", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Microsoft|마이크로소프트/);
    expect(answer.text).toMatch(/NVIDIA|엔비디아/);
    expect(answer.text).toMatch(/\$30 billion|300억/);
    expect(answer.text).toMatch(/circular investment|순환 투자/);
  });

  it("answers money paid to be paid back with both ways and the loop", () => {
    const answer = answerFromKnowledge(
      index,
      "so msft hands anthropic cash just so anthropic can pay msft back??",
    );
    expect(answer.text).toMatch(/Microsoft → Anthropic/);
    expect(answer.text).toMatch(/Anthropic → Microsoft/);
    expect(answer.text).toMatch(/circular investment/);
  });
});

describe("words that lay out no money", () => {
  it("needs the money, its arrows or its loop", () => {
    expect(asksMoneyLaidOut("draw me a cat")).toBe(false);
    expect(asksMoneyLaidOut("explain the partnership step by step")).toBe(false);
    expect(asksMoneyLaidOut("누구한테 물어봐야 해?")).toBe(false);
    expect(asksMoneyLaidOut("does anthropic have to pay the money back?")).toBe(false);
  });
});
