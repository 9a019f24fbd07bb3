/**
 * What the party asked buys: its own purchases, never another party's, as a question alone or
 * as a part of several. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("what a party buys", () => {
  it.each([
    ["what did anthropic agree to buy?", /\$30 billion/, /^Microsoft buys/],
    ["so what's anthropic purchasing out of all this", /Azure compute/, /^Microsoft buys/],
    ["앤트로픽은 뭘 구매하기로 했어?", /300억/, /^마이크로소프트는/],
    ["so what is microsoft purchasing here?", /NVIDIA systems/, /^Anthropic committed/],
    ["마소는 뭘 구매하는 거야?", /엔비디아 시스템/, /^앤트로픽은/],
    ["what does anthropic buy from nvidia?", /gigawatt/, /^Microsoft buys/],
  ])("%s", (question, expected, other) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
    expect(answer.text).not.toMatch(other);
  });

  it("answers the buyer asked in a part of its own", () => {
    const answer = answerFromKnowledge(
      index,
      "how much did the two put in, and what's anthropic buying back?",
    );
    expect(answer.text).toMatch(/\$30 billion/);
  });

  it("leaves an amount or a yes or no to their own readings", () => {
    expect(answerFromKnowledge(index, "how much does anthropic buy?").text).toMatch(/\$30 billion/);
    expect(answerFromKnowledge(index, "Anthropic buys Azure compute, right?").text).toMatch(/^Yes/);
  });
});

describe("what one party buys from another, asked with a contraction", () => {
  it("follows the money from the buyer to the seller named", () => {
    const { says } = askProbe(knowledgeDir);
    says("what's anthropic purchasing from microsoft?", /Anthropic → Microsoft/u);
    says("whats microsoft buying from nvidia", /Microsoft → NVIDIA/u);
  });
});
