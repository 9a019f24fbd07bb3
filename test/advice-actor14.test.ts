/**
 * Advice asked in the asker's own words ("투자할 만합니까", "매도하는 편이 낫습니까", "더 사는 게
 * 맞아", "worth loading up", "short 쳐도 됨") and who acts in "…하는 게 맞나요?": the asker (advice)
 * or a party of the story (a claim to confirm). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the asker's own trade, in formal and casual endings", () => {
  it("is turned away", () => {
    for (const question of [
      "마이크로소프트 주식 지금 매수할 만합니까?",
      "엔비 살 만한가요 요즘",
      "앤트로픽 장외 주식 투자해 볼 만해요?",
      "실적 생각하면 엔비디아 매도하는 게 나을까요",
      "마소 주식 전부 처분하는 편이 좋을까",
      "이 기사 읽고 나니 마소 좀 더 사는게 맞나 싶네, 사는 게 맞아?",
      "지금 엔비 다시 사는 게 맞죠?",
      "내가 지금 마소 매수하는 게 맞냐",
      "worth grabbing a few NVDA shares after this?",
      "is msft worth holding through all this?",
      "Worth shorting nvidia on the circular money story?",
      "nvda long 잡아도 됨?",
      "이 정도면 msft short 각?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(true);
    }
  });
});

describe("a party of the story acting", () => {
  it("is a claim to confirm, not advice", () => {
    for (const [question, lead] of [
      ["엔비디아가 앤트로픽에 100억 달러 넣는 게 맞나요?", /^맞아요/u],
      ["마이크로소프트가 엔비디아 시스템 사는 게 맞지?", /^맞아요/u],
      ["마이크로소프트는 엔비디아 시스템을 사는 게 맞죠?", /^맞아요/u],
      ["앤트로픽이 마소 클라우드를 300억 달러어치 구매하는 게 맞나요?", /^맞아요/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(lead);
    }
  });

  it("leaves a company selling its goods alone", () => {
    expect(answer("엔비디아는 칩을 파는 게 낫지 않나?").text).not.toMatch(/투자 조언/u);
  });
});
