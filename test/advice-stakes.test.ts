/**
 * Advice asked with the asker's own stake (a reader-sized sum said any way: "a grand", "500
 * quid", "£300", "몇백", "오백만 원") or as a share scored as an investment, and a short sale in
 * any form (공매도 치는). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksStakeAdvice } from "../src/search/advice-stakes.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const abstains = (question: string) => answerFromKnowledge(index, question).abstained;

describe("a reader-sized stake", () => {
  it("is turned away, in either language", () => {
    for (const question of [
      "stick two grand on nvidia, good shout?",
      "I've 500 quid burning a hole, MSFT or NVDA?",
      "£300 into nvidia, mad or not?",
      "what would you do with a couple hundred bucks, nvidia or microsoft?",
      "엔비디아에 몇백 넣어볼까?",
      "오백만 원 마소에 넣으면 어때?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves the story's sums and a grand plan alone", () => {
    expect(asksStakeAdvice("ten bucks billion from nvidia, who's it going to")).toBe(false);
    expect(asksStakeAdvice("nadella has a grand plan for ai, what is it?")).toBe(false);
    expect(asksStakeAdvice("마소가 몇백 억 넣은 거야?")).toBe(false);
    expect(abstains("How much did Microsoft put in, 5 billion dollars?")).toBe(false);
  });
});

describe("a share scored as an investment", () => {
  it("is turned away", () => {
    for (const question of [
      "give MSFT a score out of 10 as a stock",
      "엔비디아 투자처로 몇 점 줄래?",
      "rank nvidia and microsoft as investments, best first",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves the article rated alone", () => {
    expect(abstains("how would you rate the article's take on competition?")).toBe(false);
  });
});

describe("a short sale", () => {
  it("is turned away however it is said", () => {
    expect(abstains("그럼 마소 공매도 치는 게 낫냐?")).toBe(true);
    expect(abstains("엔비 공매도 때릴 타이밍임?")).toBe(true);
  });
});
