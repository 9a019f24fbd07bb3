/**
 * Advice in disguise: the asker's own account or savings, a leveraged or index product, a switch
 * or a pick between holdings, too late to get in, a share rated as a buy or a sell. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const abstains = (question: string) => answerFromKnowledge(index, question).abstained;

describe("the asker's own account or savings", () => {
  it("is turned away", () => {
    for (const question of [
      "우리 엄마 연금 계좌에 마소 넣어둘까?",
      "비상금 털어서 엔비 들어가면 어때?",
      "is it smart to park my daughter's college fund in MSFT after this?",
      "my son's UTMA account: msft or nvda?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("turns away breaking or cancelling the asker's savings product, never answering with a deal figure", () => {
    for (const question of [
      "주택청약 15년 넣었는데 해지해도 되나요?",
      "적금 3년 넣었는데 해지?",
      "보험금 매달 넣었는데 해약해도 돼?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves a company's account and a passing mention alone", () => {
    expect(abstains("저는 적금만 들고 있는데요, 마소가 앤트로픽에 얼마 넣었어요?")).toBe(false);
  });

  it("leaves a contract between the companies to the record", () => {
    const answer = answerFromKnowledge(index, "애저 계약 해지하면 어떻게 돼?");
    expect(answer.text).not.toMatch(/투자 조언/u);
  });
});

describe("a leveraged or index product", () => {
  it("is turned away", () => {
    for (const question of [
      "Leveraged ETF on NVIDIA after the deal, thoughts?",
      "going long 3x nvda tomorrow lol",
      "엔비디아 곱버스 타야되나",
      "마소 개별주 vs 나스닥 ETF 뭐가 나음",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });
});

describe("a switch, a pick, weights, or too late to get in", () => {
  it("is turned away", () => {
    for (const question of [
      "마소랑 엔비 중 어느 게 더 나아요? 10년 들고 갈 거",
      "포트 비중 어케 잡아야 해? 마소 반 엔비 반?",
      "이제 사기엔 너무 늦었나요 마소",
      "is nvidia still a hold?",
      "is microsoft a buy after the Anthropic news?",
      "동생이 마소 사라고 난리인데 따라가도 될까요?",
      "딸한테 엔비 한 주 사줄까?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves questions about the deal's money alone", () => {
    for (const question of [
      "MS랑 엔비디아 중에 누가 더 많이 투자했어?",
      "투자액 중에 엔비디아 비중은 몇 %야?",
      "Nvidia or Microsoft: which invested more?",
      "how much did Nvidia invest?",
      "마소가 앤트로픽한테 애저 사라는 조건 붙인 거야?",
      "마소가 애저를 그만큼 사주는 거 맞아?",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });
});

describe("a position sized like a fund's call", () => {
  it("is turned away", () => {
    for (const question of [
      "underweighting NVDA into year end given the circular money, fair?",
      "Keep or trim Microsoft here?",
      "time to rebalance toward Microsoft after Ignite?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves the deal's own figures alone", () => {
    expect(abstains("Is NVIDIA's $10B bigger than Microsoft's $5B?")).toBe(false);
  });
});
