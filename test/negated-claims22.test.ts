/**
 * negation22: a negated claim is checked as the claim it negates, and a negative tag never makes
 * a question answerable that is not. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutNegatedGuess } from "../src/answer/fallback/negated-guess.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a negated guess after an open question", () => {
  it("is dropped: the open question is answered", () => {
    expect(withoutNegatedGuess(index, "When did they announce it? Not in September, was it?")).toBe(
      "When did they announce it?",
    );
    const answer = ask("When did they announce it? Not in September, was it?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/18 November/);
  });

  it("never makes an uncovered or off-topic question answerable", () => {
    expect(ask("앤트로픽 직원 수는 몇 명이야? 천 명은 안 넘지?").abstained).toBe(true);
    expect(
      ask("How long does the Azure contract run? It isn't just two years, is it?").abstained,
    ).toBe(true);
    expect(ask("우리 동네 맛집 어디야? 거기 비싼 데는 아니지?").abstained).toBe(true);
  });

  it("is kept when it asks one more thing or names another party", () => {
    expect(withoutNegatedGuess(index, "엔비디아는 얼마 넣었어? 그리고 300억은 투자 아니지?")).toBe(
      undefined,
    );
    expect(
      withoutNegatedGuess(index, "Who pays the $30B? It isn't NVIDIA paying Anthropic, is it?"),
    ).toBe(undefined);
    // Not negated: a guess of its own kind, left to the parts.
    expect(withoutNegatedGuess(index, "When was it announced? November, right?")).toBe(undefined);
  });
});

describe("a question pointing back at a negated claim not covered", () => {
  it("is not covered either", () => {
    expect(
      ask("NVIDIA's stake in Anthropic isn't 2% now, is it? what's the figure then").abstained,
    ).toBe(true);
  });
});

describe("a figure denied of a party whose fact it is not", () => {
  it("says the party's own figure of the relation denied too", () => {
    const answer = ask("Microsoft never put $30 billion into Anthropic, right?");
    expect(firstSentence(answer.text)).toMatch(/^Yes/);
    expect(answer.text).toMatch(/\$5 billion/);
    const ko = ask("마이크로소프트가 앤트로픽에 300억 달러를 투자한 건 아니죠?");
    expect(ko.text).toMatch(/^맞아요/);
    expect(ko.text).toMatch(/50억 달러/);
  });
});

describe("a bound on a figure", () => {
  it("is checked as a bound, not as one party against the other, even with two parties named", () => {
    const answer = ask("Microsoft and NVIDIA put in over 20 billion combined, right?");
    expect(firstSentence(answer.text)).toMatch(/^No/);
    expect(answer.text).toMatch(/\$15 billion/);
  });

  it("denied, is the claim that the figure stays within it", () => {
    expect(firstSentence(ask("NVIDIA didn't invest more than 12 billion, did it?").text)).toMatch(
      /^Yes/,
    );
    expect(firstSentence(ask("NVIDIA didn't invest more than 3 billion, did it?").text)).toMatch(
      /^No/,
    );
  });
});

describe("advice said with a negation", () => {
  it("is still advice", () => {
    expect(ask("Our company shouldn't go all in on Azure, should it?").abstained).toBe(true);
  });
});
