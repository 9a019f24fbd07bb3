/**
 * Words from personas nobody wrote for: a European's milliard (a billion) asked "how many", a
 * party "hanging out with" another asked why, and Korean 쓰이다 (is used) asked what for.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("how many milliards", () => {
  it("asks the figure in billions", () => {
    says("how many milliards does nvidia invest?", /\$10 billion/u);
    says("Microsoft invests how many milliard in Anthropic?", /\$5 billion/u);
    says("the valuation is how many mld after the deal?", /\$350 billion/u);
  });
});

describe("hanging out with a party, asked why", () => {
  it("is the reason for the partnership", () => {
    for (const question of [
      "why is nvidia hanging out with anthropic all of a sudden",
      "why's microsoft getting cozy with claude's makers",
      "why would msft be in bed with anthropic when it has openai",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/depend|OpenAI|divers|customer/u);
    }
  });
});

describe("쓰이다 asked what for", () => {
  it("reads as use, and the 1 GW is compute", () => {
    says("그 1기가와트는 어디에 쓰이는데?", /컴퓨팅/u);
    says("일 기가와트 쓰임새가 뭐예요", /컴퓨팅/u);
    says("1GW가 무슨 용도로 쓰이는지 알려줘", /컴퓨팅/u);
  });
});
