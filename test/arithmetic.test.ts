/**
 * Arithmetic on the story's figures (mix4): ratio, share, difference and sum, computed only on
 * figures the facts give. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("arithmetic on the figures", () => {
  it("gives a ratio of two named figures", () => {
    expect(lead("마이크로소프트 투자 대비 엔비디아 투자는 몇 배인가요?")).toMatch(/2배/);
    expect(lead("the azure purchase is how many times the nvidia money?")).toMatch(/3 times/);
  });

  it("gives a share of the whole the question speaks of", () => {
    expect(lead("what portion of the combined money is microsoft's?")).toMatch(/one third/);
    expect(lead("전체 투자 중 엔비디아 비율은?")).toMatch(/3분의 2/);
  });

  it("gives a difference and a sum of figures the facts give", () => {
    expect(lead("nvidia vs microsoft: what's the difference in dollars?")).toMatch(
      /\$5 billion more/,
    );
    expect(lead("10B 더하기 30B 하면?")).toMatch(/400억 달러/);
  });

  it("never computes with a figure the facts do not give", () => {
    expect(lead("7B 더하기 30B 하면?")).not.toMatch(/370억/);
  });

  it("leaves shares of a company or a market alone", () => {
    expect(lead("what percentage of anthropic is owned by nvidia?")).not.toMatch(/third/);
  });
});

describe("a sum of two payers into one party (slang9)", () => {
  it("adds the payers' figures, not the receiver's own purchase", () => {
    for (const question of [
      "msft plus nvda into anthropic, what's the sum?",
      "엔비랑 마소가 앤트에 꽂은 거 다 더하면 얼마",
      "microsoft + nvidia together, how much landed at anthropic",
    ]) {
      const answer = lead(question);
      expect(answer, question).toMatch(/15 billion|150억/);
      expect(answer, question).not.toMatch(/45 billion|450억/);
    }
  });
});

describe("figures written to be added (lead10)", () => {
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("adds figures joined by 'plus' or listed before 합치면, not reading them as separate asks", () => {
    for (const question of [
      "Five billion plus ten billion, what does that come to?",
      "so 10bn plus 5bn makes how much altogether?",
      "100억이랑 50억 합치면 얼마예요?",
      "50억 하고 100억 더하면 얼마임",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$15 billion|150억 달러/);
    }
  });

  it("says yes to a sum claimed as the total, and no to a wrong total stated with its parts", () => {
    expect(ask("100억불하고 50억불 합치면 전체 투자금이죠?").text).toMatch(/^맞아요/);
    expect(ask("the 5B and the 10B combined are the whole investment, right?").text).toMatch(
      /^Yes/,
    );
    expect(ask("엔비 100억 마소 50억 합쳐서 300억 맞지?").text).toMatch(/^아니에요/);
  });

  it("keeps a second ask after the sum a part of its own", () => {
    const answer = ask("엔비디아 100억, 마소 50억 맞지? 합치면 얼마야?");
    expect(answer.text).toMatch(/150억/);
  });
});

describe("arithmetic asked as one against the other, or of the parts before (round twelve)", () => {
  it("reads 'A 대 B 몇 대 몇' and 'ratio of A to B' as a ratio, not a share", () => {
    expect(lead("엔비 투자랑 마소 투자, 몇 대 몇 비율임?")).toMatch(/2배/);
    expect(lead("ratio of nvidia's stake money to microsoft's?")).toMatch(/twice/);
  });

  it("reads how much a figure rose by its adnominal form", () => {
    expect(lead("1830억 달러에서 3500억 달러로 뛴 거면 얼마나 뛴 거지?")).toMatch(/1670억/);
  });

  it("computes the last part on the figures the parts before asked for", () => {
    const answer = answerFromKnowledge(
      index,
      "What did NVIDIA put in, what did Microsoft put in, and what's the gap between the two?",
    );
    expect(answer.text).toMatch(/\$5 billion more/);
    const korean = answerFromKnowledge(
      index,
      "애저 구매 약정은 얼마고, 엔비디아 투자는 얼마야? 그리고 둘이 몇 배 차이야?",
    );
    expect(korean.text).toMatch(/3배/);
  });
});
