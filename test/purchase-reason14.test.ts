/**
 * "Why does A pay B?": when what A pays B buys something (flows.json `purchase`), that purchase
 * is the answer, not a quote that only repeats "A pays B". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("why one party pays another, for a purchase", () => {
  it.each([
    ["why is anthropic sending microsoft money", /^Anthropic committed to buy \$30 billion/],
    ["why's anthropic handing msft thirty billion", /^Anthropic committed to buy \$30 billion/],
    ["엔트로픽이 마이크로소프트에게 돈을 지불하는 까닭은?", /^앤트로픽은 마이크로소프트 Azure/],
    ["what's the reason anthropic sends money to microsoft", /^Anthropic committed to buy/],
  ])("%s leads with what the money buys", (question, lead) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(lead);
  });

  it("reads who pays from receiving words: the one it is received from pays", () => {
    const korean = answerFromKnowledge(index, "엔비디아가 앤트로픽한테 돈 받는 이유");
    expect(korean.text).toMatch(/^앤트로픽은 엔비디아 Grace Blackwell/);
    const english = answerFromKnowledge(index, "why does nvidia get money from anthropic");
    expect(english.text).toMatch(/^Anthropic contracted additional compute/);
  });
});

describe("why one party pays another, for a stake", () => {
  it("is left to the article's motive, not the investment's statement", () => {
    const answer = answerFromKnowledge(index, "왜 엔비디아가 앤트로픽한테 돈을 보내?");
    expect(answer.text).not.toMatch(/^엔비디아는 앤트로픽에 최대 100억 달러를 투자하기로/);
  });
});
