/**
 * The payment schedule and the cash-or-kind split asked in more words ("일시에 집행되는 것입니까",
 * "bit by bit", "현금이랑 칩으로 주는 비율"): not covered, said so, not the figure again. A small
 * sum said twice in Singlish ("small small only") asks no schedule. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwaySaying: notCovered } = askProbe(knowledgeDir);

describe("schedule and kind of payment, in more words", () => {
  it("says the schedule is not covered", () => {
    notCovered("마이크로소프트 50억 달러는 한꺼번에 집행되나요?", /지급 일정/u);
    notCovered("is microsoft's 5 billion handed over bit by bit?", /payment schedule/u);
  });

  it("says the cash-or-chips split is not covered", () => {
    notCovered("엔비디아 100억은 현금하고 칩 중에 어느 쪽으로 받는 거예요?", /주식 조건/u);
  });

  it("reads 'small small' with no choice as a small sum", () => {
    const answer = ask("nvidia put how much inside, small small only ah?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$10 billion/u);
  });
});
