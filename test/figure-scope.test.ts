/**
 * An amount asked between parties is answered only by a fact with a figure involving them all:
 * never another pair's figure. Phrasings here are not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksForAmount } from "../src/answer/fallback/figure-scope.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("an amount between parties", () => {
  it("is not covered when no fact with a figure involves them all", () => {
    for (const question of [
      "How much does Anthropic pay Google for its cloud?",
      "What is the value of the Amazon and Anthropic contract?",
      "앤트로픽이 아마존에 내는 금액은 얼마야?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      // It may add what it does cover, but never leads with another pair's figure.
      expect(firstSentence(answer.text), question).not.toMatch(/\$30 billion|300억/);
    }
  });

  it("is answered when such a fact exists", () => {
    expect(ask("How much does Anthropic pay Microsoft for Azure?").text).toMatch(/30 billion/);
    expect(ask("엔비디아는 앤트로픽에 얼마 투자해?").text).toMatch(/100억/);
  });

  it("is read from size and value words as well as 'how much'", () => {
    expect(asksForAmount("what's the size of the deal", false)).toBe(true);
    expect(asksForAmount("who is the biggest investor", false)).toBe(false);
  });
});

describe("an amount asked of one party", () => {
  it("is not covered when the party has no figure and its facts of the relation have none", () => {
    for (const question of [
      "OpenAI 투자받은 금액은 얼마임?",
      "what's the dollar amount of the OpenAI investment?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/\$5 billion|50억|\$10 billion|100억/);
    }
  });

  it("is answered for a party with a figure of its own", () => {
    expect(ask("엔비디아 투자 얼마임?").text).toMatch(/100억/);
  });
});

describe("money one way between two parties", () => {
  it("is not covered when no figure goes that way, whichever way the pair's figures go", () => {
    for (const question of [
      "How much cash did Microsoft hand NVIDIA? How much did it give?",
      "엔비디아는 마이크로소프트로부터 얼마 받았어?",
      "How much money did Microsoft send NVIDIA?",
      "앤트로픽이 엔비디아에 보낸 돈 얼마야?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(firstSentence(answer.text), question).not.toMatch(/billion|억/);
    }
  });

  it("is answered the way the figure goes", () => {
    expect(ask("How much did Anthropic get from NVIDIA?").text).toMatch(/\$10 billion/);
    expect(ask("앤트로픽은 마소한테서 얼마 받았어?").text).toMatch(/50억/);
    expect(ask("How much is Anthropic sending Microsoft?").text).toMatch(/\$30 billion/);
    // Joined ("msft n nvda"), the amount is theirs together.
    expect(ask("msft n nvda gave anthropic how much").text).toMatch(/\$15 billion/);
  });
});

describe("one amount of a pair named jointly", () => {
  it("is one question, not a bare name and a question", () => {
    for (const question of [
      "아마존과 앤트로픽의 클라우드 계약 금액은 얼마야?",
      "Amazon and Anthropic's contract value?",
      "구글이랑 앤트로픽의 투자 규모 얼마임?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/\$30 billion|300억/);
    }
  });

  it("leaves a pair the facts have a figure of, and two owners' amounts, answered", () => {
    expect(ask("마이크로소프트와 엔비디아의 투자 규모는 얼마야?").text).toMatch(/150억/);
    const two = ask("엔비디아의 투자 금액과 앤트로픽의 애저 약정액은 각각 얼마야?");
    expect(two.text).toMatch(/100억/);
    expect(two.text).toMatch(/300억/);
  });
});

describe("what one party bought from another", () => {
  it("is not covered when the facts give no price, with the party named beside the product", () => {
    for (const question of [
      "마이크로소프트는 엔비디아 칩을 얼마어치 구매했어?",
      "How many dollars of NVIDIA gear did Microsoft purchase?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("is answered when a fact gives the price", () => {
    const answer = ask("How much Azure capacity did Anthropic buy?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$30 billion/);
  });
});

describe("지급 (pay) read as paying, like 지불 (near12)", () => {
  it("asks the payer's sum to the one paid, which the record may not give", () => {
    expect(answerFromKnowledge(index, "마소가 엔비디아에 지급한 금액 총 얼마임?").abstained).toBe(
      true,
    );
    expect(answerFromKnowledge(index, "앤트로픽이 마소에 지급할 돈은 얼마예요?").text).toMatch(
      /300억/u,
    );
    expect(answerFromKnowledge(index, "마소가 앤트로픽에 지급하는 돈은요?").text).toMatch(/50억/u);
  });
});

describe("주는 금액 (the sum given) read as money given, like 주는 돈 (near13)", () => {
  it("asks the giver's sum to the one given, never the givers' joint investment", () => {
    const notGiven = answerFromKnowledge(index, "마소가 엔비디아 쪽에 주는 액수는 대략 얼마쯤?");
    expect(notGiven.abstained, notGiven.text).toBe(true);
    expect(firstSentence(notGiven.text)).not.toMatch(/150억/u);
    expect(answerFromKnowledge(index, "엔비디아가 앤트로픽에 주는 금액은 얼마쯤?").text).toMatch(
      /100억/u,
    );
  });
});
