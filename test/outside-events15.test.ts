/**
 * Events, terms and markets the record does not give (branch events15): when the deal closes and
 * whether regulators review it, when the capacity goes live, what happens past the initial
 * amount, the power bill, how many customers use the models, analysts' targets, a priority on
 * supply. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwayEach: expectTurnedAway } = askProbe(knowledgeDir);

describe("events the record gives no date for", () => {
  it("turns away the closing and a regulator's review", () => {
    expectTurnedAway([
      "Has the Anthropic transaction closed yet, or is it still pending?",
      "마소 앤트로픽 거래 종결은 언제쯤이에요?",
      "Will the DOJ look at Microsoft's Anthropic stake?",
      "공정위 심사 받아야 되는 거래인가요?",
    ]);
  });

  it("turns away when the capacity comes online", () => {
    expectTurnedAway([
      "What's the go-live date for the Azure capacity Anthropic bought?",
      "그레이스 블랙웰 시스템 가동 시점이 언제예요?",
    ]);
  });
});

describe("terms and figures past the record", () => {
  it("turns away a priority on supply, the power bill and growth past the initial amount", () => {
    expectTurnedAway([
      "Will NVIDIA give Anthropic priority access to new GPUs?",
      "앤트로픽이 엔비디아 칩 우선 배정 받나요?",
      "Who covers the electricity bill for that gigawatt?",
      "1GW 전력 비용은 연간 얼마 정도예요?",
      "Are they planning to scale beyond 1 gigawatt later?",
    ]);
  });

  it("turns away a count of customers, but not a count of clouds", () => {
    expectTurnedAway([
      "How many enterprises run Claude through Azure today?",
      "클로드 쓰는 회사 몇 군데야?",
    ]);
    const clouds = ask("클로드는 클라우드 몇 곳에서 쓸 수 있어요?");
    expect(clouds.abstained).toBe(false);
  });

  it("turns away analysts' targets on the shares", () => {
    expectTurnedAway([
      "Did anyone raise their NVDA price target after the news?",
      "마소 목표주가 올린 증권사 있어요?",
    ]);
  });

  it("still answers whether Claude is exclusive to one cloud", () => {
    const answer = ask("So Azure gets Claude exclusively now?");
    expect(answer.abstained).toBe(false);
  });
});
