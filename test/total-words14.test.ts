/**
 * "Aggregate", "collectively", "all told", "총액": the sum of the parts. Phrasings not in any eval
 * set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("an aggregate", () => {
  it("is the sum of the investments", () => {
    for (const question of [
      "what's the aggregate amount msft and nvidia are putting in",
      "aggregate funding from msft + nvda?",
      "how much did the two invest collectively",
      "ms랑 엔비 투자 총액 얼마임",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$15 billion|150억/u);
    }
  });
});
