/**
 * Round 24's deal-desk shorthand and fragments (blind108, val23's analyst rows): 'anth' as the
 * party only beside deal words, a 'mark' as a valuation, a 'ticket' going into a party and its
 * 'sz', a verb glued to its preposition ("putinto"), the receiver named as a noun, flexing harder
 * as putting in more, 손절각 said of a partner (not of a stock), and a claimed share in percent
 * as not covered rather than a no. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("'anth' as Anthropic, guarded", () => {
  it("reads it beside another party or a valuation", () => {
    expect(answer("where's anth's valuation at these days").text).toMatch(/350 billion/);
  });

  it("leaves it alone with no word of the deal", () => {
    expect(answer("anth 101 lecture notes pls").abstained).toBe(true);
  });
});

describe("deal-desk words", () => {
  it("reads a mark before the deal as the earlier valuation", () => {
    expect(answer("anthropic val post-deal is 350, what was the mark pre").text).toMatch(
      /183 billion/,
    );
  });

  it("reads a ticket going into a party, and its sz, as the investment", () => {
    expect(answer("MSFT ticket into Anthropic, sz?").text).toMatch(/^Microsoft .*5 billion/);
    expect(answer("NVDA sz?").text).toMatch(/10 billion/);
  });

  it("reads flexing harder beside two sums as putting in more", () => {
    expect(answer("5bn vs 10bn... who flexed hardest").text).toMatch(/10 billion/);
  });

  it("reads 'who's the receiver on' as who receives", () => {
    const reply = answer("who's the receiver on the 5bn?");
    expect(reply.abstained).toBe(false);
    expect(reply.text).toMatch(/Anthropic/);
  });
});

describe("a verb glued to its preposition", () => {
  it("splits 'putinto' when the verb is a known word", () => {
    expect(answer("how much did microsoft putinto anthropic").text).toMatch(/5 billion/);
  });

  it("keeps a word that only ends like one ('toronto')", () => {
    expect(answer("what is toronto saying about it").text).not.toMatch(/billion/);
  });
});

describe("손절각 said of a partner, not a stock", () => {
  it("reads a partner cut off as the partnership ending", () => {
    expect(answer("사티아형 오픈ai 손절각??").text).toMatch(/중요한 파트너/);
  });

  it("leaves a stock's 손절각 to the advice rule", () => {
    expect(answer("오픈ai 때문에 마소 주식 손절각?").text).not.toMatch(/중요한 파트너/);
  });
});

describe("a claimed share in percent", () => {
  it("is not covered, not a no with the investment", () => {
    const reply = answer("Microsoft 3% ownership in Anthropic?");
    expect(reply.abstained).toBe(true);
    expect(reply.text).not.toMatch(/^No/);
  });

  it("still corrects an acquisition claimed", () => {
    expect(answer("Microsoft acquired Anthropic, right?").text).toMatch(/^No: .*5 billion/);
  });
});
