/**
 * Measures the knowledge lacks, asked in more words: what the invested money will be spent on
 * ("뭐에 쓸", "어디다 쓸") and whether a price drops ("값이 싸지나", "cheaper"). The
 * $30B paid for Azure stays a payment the facts give. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway } = askProbe(knowledgeDir);

describe("uncovered measures in more words", () => {
  it("turns away what the invested money will be spent on", () => {
    turnsAway("앤트로픽은 받은 투자금을 무엇에 쓸 예정인가요?");
    turnsAway("투자받은 150억 달러 어디다 쓸 거래?");
  });

  it("turns away whether a price drops", () => {
    for (const question of [
      "이번 딜로 클로드 쓰는 값이 싸지나요?",
      "Will using Claude get cheaper after this?",
    ]) {
      turnsAway(question);
      expect(ask(question).text, question).toMatch(/가격|pricing/u);
    }
  });

  it("still answers what the $30B pays for", () => {
    says("300억 달러는 애저 쓰는 값이라던데 맞아?", /맞아요/u);
  });
});
