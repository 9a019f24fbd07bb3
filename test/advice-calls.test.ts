/**
 * Advice asked as an analyst's call, a share price to come, holding on, a family's money, a
 * fund's allocation; a bare "good idea?" after such a move; and a list or a second question
 * whose other part asks about the story. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { halvesAtAskEnds } from "../src/answer/fallback/ask-ends.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const abstains = (question: string) => answerFromKnowledge(index, question).abstained;
const asksForAdvice = (question: string) => index.analyze(question).asksForAdvice;

describe("a call, a rating or a price to come", () => {
  it("is turned away", () => {
    for (const question of [
      "can u give me a hold/sell on nvidia pls",
      "what's your price target for msft after the anthropic thing",
      "엔비디아 목표주가 얼마로 보세요?",
      "Buy, hold or sell Microsoft now that Claude is on Azure?",
      "msft heading to $600 by xmas?",
      "is nvidia gonna hit $300 this year",
      "what would microsoft shares be trading at next month",
      "마소 주가 몇 달러까지 갈까요",
      "엔비 어디까지 오를까",
      "마소 내일 떨어지나요?",
      "엔비디아 다음 달에 반등하려나",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves the story's sums, limits and rises alone", () => {
    for (const question of [
      "엔비디아는 최대 얼마까지 투자하나요?",
      "앤트로픽 기업가치가 얼마까지 올랐어요?",
      "Is Anthropic going to $350 billion valuation after this?",
      "클로드가 곧 애저에 올라오나요?",
      "Who buys and who sells in the deal?",
    ]) {
      expect(asksForAdvice(question), question).toBe(false);
      expect(abstains(question), question).toBe(false);
    }
  });
});

describe("holding on", () => {
  it("is turned away", () => {
    for (const question of [
      "엔비 계속 갖고 있어야 할까요",
      "마소 주식 홀딩해야 하나",
      "should be fine to keep holding nvda through this right?",
      "diamond hands on MSFT after the anthropic news?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves what a party holds alone", () => {
    expect(asksForAdvice("마소가 앤트로픽 지분을 계속 갖고 있나요?")).toBe(false);
    expect(asksForAdvice("저는 적금만 들고 있는데요, 마소가 앤트로픽에 얼마 넣었어요?")).toBe(
      false,
    );
  });
});

describe("a family's money, someone telling the asker to trade, a fund's allocation", () => {
  it("is turned away", () => {
    for (const question of [
      "my daughter wants to put her christmas money into microsoft. wise?",
      "Grandpa told me to buy NVIDIA because of the Anthropic deal lol",
      "putting my whole paycheck in nvidia after this, thoughts?",
      "용돈 모아서 엔비디아 주식 사도 될까요?",
      "퇴직금 일부 마소에 투자하려는데 괜찮나요",
      "should our endowment trim its tech allocation after the anthropic news",
      "엔비디아 주식 사두는 게 유리할까요?",
      "테마주로 엔비 어때요?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves a claim someone passed on alone", () => {
    expect(asksForAdvice("My teacher says Microsoft put $5B in, right?")).toBe(false);
    expect(abstains("My teacher says Microsoft put $5B in, right?")).toBe(false);
  });
});

describe("a bare judgement after a move", () => {
  it("judges the asker's trade before it", () => {
    expect(abstains("My sister says buy MSFT. Good idea?")).toBe(true);
    expect(abstains("Cousin keeps saying go all in on nvda. smart move??")).toBe(true);
  });

  it("leaves a party's move to the story", () => {
    expect(abstains("Anthropic buys $30B of Azure. Smart move?")).toBe(false);
  });
});

describe("a story question beside advice, across a list or a question mark", () => {
  it("answers the story's part and turns the advice away", () => {
    const english = answerFromKnowledge(
      index,
      "How much did NVIDIA commit? And then, should I buy NVDA this week?",
    );
    expect(english.abstained).toBe(false);
    expect(english.text).toContain("$10 billion");
    expect(english.text).toMatch(/investment advice/);
    const korean = answerFromKnowledge(index, "① 마소 투자액은? ② 마소 주식 지금 사도 돼요?");
    expect(korean.abstained).toBe(false);
    expect(korean.text).toContain("50억");
    expect(korean.text).toContain("투자 조언");
  });

  it("finds the halves at a question mark or an item's number", () => {
    expect(halvesAtAskEnds("1) how much? 2) will it go up?")).toEqual([
      ["how much?", "will it go up?"],
    ]);
    expect(halvesAtAskEnds("① 투자액은? ② 사도 돼요?")).toEqual([["투자액은?", "사도 돼요?"]]);
    expect(halvesAtAskEnds("no question mark here")).toEqual([]);
  });
});
