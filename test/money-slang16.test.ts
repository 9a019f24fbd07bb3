/**
 * Dollars in finance slang ("10 large", "thirty big ones", "50 bucks"): a bare number said as
 * dollars is money, in billions where the facts' money is; "the two big ones", "two large
 * investors" count things. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { findAmounts } from "../src/search/numbers.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("money slang in amounts", () => {
  it("reads large and big ones as dollars", () => {
    expect(findAmounts("msft 5 large, yeah?")[0]).toMatchObject({ key: "5", currency: "usd" });
    expect(findAmounts("twenty big ones of chips")[0]).toMatchObject({
      key: "20",
      currency: "usd",
    });
  });

  it("leaves things counted alone", () => {
    expect(findAmounts("the two big ones in cloud")).toEqual([]);
    expect(findAmounts("two large investors joined")).toEqual([]);
    expect(findAmounts("those 3 large data centers")[0]?.currency).toBeUndefined();
  });
});

describe("a figure claimed in money slang", () => {
  it("is checked in billions", () => {
    for (const [question, lead] of [
      ["msft threw in 5 large, yeah?", /^Yes/u],
      ["anthropic spends thirty big ones on azure, correct?", /^Yes/u],
      ["nvidia dropping 25 big ones on anthropic right?", /^No/u],
      ["microsoft good for 50 bucks in anthropic?", /^No/u],
    ] as const) {
      const got = answer(question);
      expect(got.text, question).toMatch(lead);
      expect(got.text, question).toMatch(/billion/u);
    }
  });
});
