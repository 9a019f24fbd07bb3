/**
 * Money terms the record never gives: when and in what pieces the money lands, whether it is cash
 * or in kind, dilution, who led an earlier round. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksTheFigureAgain } from "../src/answer/fallback/figure-again.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, ask, turnsAwayEach: expectTurnedAway } = askProbe(knowledgeDir);

describe("when the money lands, and in how many pieces", () => {
  it("is not covered, though money's arrival reads like a direction", () => {
    expectTurnedAway([
      "투자금은 언제 들어오나? 몇 번에 걸쳐?",
      "마소 오십억은 한꺼번에 주는 거야 아니면 쪼개서?",
      "Does NVIDIA wire the money all at once or in chunks?",
    ]);
  });

  it("leaves where the money goes answered", () => {
    expect(ask("돈은 어디로 들어와?").abstained).toBe(false);
  });
});

describe("cash or in kind, dilution", () => {
  it("are not covered", () => {
    expectTurnedAway([
      "Is Microsoft's money paid in kind, as Azure capacity?",
      "How diluted are the current Anthropic shareholders after this?",
      "이번 투자로 기존 주주 지분 희석은 얼마나 돼?",
      "Will the NVIDIA money dilute the people who already own Anthropic?",
    ]);
  });
});

describe("who led an earlier round", () => {
  it("is not covered, though the round's valuation is", () => {
    expectTurnedAway(["Which fund was the lead investor when Anthropic hit $183 billion?"]);
    expect(ask("앤트로픽 9월 기업가치는?").abstained).toBe(false);
  });
});

describe("the share of one payment that reaches a third party", () => {
  it("is not covered: another party's figure over the sum is not its share", () => {
    expectTurnedAway([
      "What fraction of the $30B Azure spend ends up at NVIDIA?",
      "애저 300억 달러 중에서 엔비디아가 가져가는 건 얼마?",
      "삼백억 가운데 엔비디아 칩값은 몇 퍼센트야?",
    ]);
  });

  it("leaves a sum's own parties, and a sum the parties share, answered", () => {
    expect(ask("150억 달러 중에 엔비디아가 낸 건?").abstained).toBe(false);
    expect(ask("How much of the $30B goes to Microsoft?").abstained).toBe(false);
  });
});

describe("a figure asked again after a payment the record gives no figure for", () => {
  it("is not covered with it", () => {
    expectTurnedAway([
      "마소가 엔비디아 시스템에 쓰는 돈 얼마야? 달러로 치면?",
      "How much does Anthropic hand NVIDIA directly? Need a ballpark figure.",
    ]);
  });

  it("is the figure again only after a figure asked, and of the same parties", () => {
    const before = index.analyze("마소가 엔비디아한테 내는 돈 얼마야");
    expect(asksTheFigureAgain(before, "금액으로는요", index.analyze("금액으로는요"))).toBe(true);
    const notAFigure = index.analyze("마소가 엔비디아한테 돈 내는 이유가 뭐야");
    expect(asksTheFigureAgain(notAFigure, "금액으로는요", index.analyze("금액으로는요"))).toBe(
      false,
    );
    const otherParty = "앤트로픽은 금액으로는요";
    expect(asksTheFigureAgain(before, otherParty, index.analyze(otherParty))).toBe(false);
  });
});
