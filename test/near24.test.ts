/**
 * near24: what the knowledge has no fact for, asked of the story's parties, is not covered (an
 * earlier investment, a rebate, a contract's term, a board seat claimed as a leg, a part of a sum
 * set aside for one use, a person who heads another company); the asker's own exit from a share
 * is advice; a "no X" condition after an off-topic question is part of it. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("an attribute the knowledge has no fact for", () => {
  it("turns away an investment before this deal, and keeps this deal's", () => {
    const before = ask("엔비디아가 예전에도 앤트로픽에 투자한 적 있나요?");
    expect(before.abstained).toBe(true);
    expect(before.text).toContain("이번 거래 전의 투자");
    expect(ask("Had Microsoft previously invested in Anthropic?").abstained).toBe(true);
    const now = ask("엔비디아는 앤트로픽에 얼마 투자했어?");
    expect(now.abstained).toBe(false);
    expect(now.text).toContain("100억");
  });

  it("turns away a rebate, not the direction of the payment", () => {
    const rebate = ask("does microsoft get any kickback from nvidia on those systems?");
    expect(rebate.abstained).toBe(true);
    expect(rebate.text).toContain("rebates or kickbacks");
  });

  it("turns away the contract's term written without a space", () => {
    expect(ask("애저 약정 계약기간이 몇 년이에요?").abstained).toBe(true);
  });

  it("turns away a board seat claimed as what one party gets from another", () => {
    const seat = ask("엔비디아나 MS가 앤트로픽 이사회 자리도 받는다고 보면 돼?");
    expect(seat.abstained).toBe(true);
    expect(seat.text).not.toContain("가는 돈은 없어요");
  });

  it("turns away a part of a sum set aside for one use", () => {
    expect(ask("How much of Microsoft's $5B is allocated to safety research?").abstained).toBe(
      true,
    );
    expect(ask("100억 달러 중 얼마가 인건비로 쓰여요?").abstained).toBe(true);
    // A party's own figure inside the total is still answered.
    expect(ask("How much of the $15 billion comes from NVIDIA?").abstained).toBe(false);
  });

  it("names a person who heads a company the knowledge does not cover", () => {
    const person = ask("how much is zuckerberg spending on gpus?");
    expect(person.abstained).toBe(true);
    expect(person.text).toContain("Mark Zuckerberg");
  });
});

describe("the asker's exit from a share", () => {
  it("is advice when one share is named", () => {
    expect(ask("NVDA 익절각?").abstained).toBe(true);
    expect(ask("엔비디아 주식 다 털까").abstained).toBe(true);
    expect(ask("is it too late to jump into nvidia stock now").abstained).toBe(true);
    expect(ask("nvda or msft for the long haul?").abstained).toBe(true);
  });

  it("is the story when one party drops another", () => {
    const dropped = ask("마소 오픈AI 손절각?");
    expect(dropped.abstained).toBe(false);
  });
});

describe("a 'no X' condition after an off-topic question", () => {
  it("is part of that question, not a question of its own", () => {
    expect(ask("how do I make bread dough rise faster? no yeast").abstained).toBe(true);
  });
});

describe("money before the deal, of a pair the background covers (coveredBy)", () => {
  it("answers Microsoft's investment in OpenAI from its fact, while money before this deal stays not covered", () => {
    const openai = ask("has microsoft ever invested in openai before?");
    expect(openai.abstained).toBe(false);
    expect(openai.text).toMatch(/largest investor/i);
    expect(ask("MS가 오픈AI에 예전에 투자한 적 있어?").text).toContain("최대 투자자");
    expect(ask("MS가 예전에 앤트로픽에 투자한 적 있어?").abstained).toBe(true);
    expect(ask("had nvidia invested in anthropic before this deal?").abstained).toBe(true);
  });
});
