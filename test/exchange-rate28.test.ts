/**
 * A conversion at a rate the asker gives ("At 83 rupees per dollar, how many rupees is…?", "환율
 * 1400원이면 … 원화로 얼마?") is computed on the figure asked, with the rate said and the article's
 * lack of one; without a rate it stays not covered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { givenRate, withGivenRateLast } from "../src/answer/fallback/exchange-rate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a conversion at a rate the asker gives", () => {
  it("reads the rate", () => {
    expect(givenRate("at 1,380 won per dollar")?.rate).toBe(1380);
    expect(givenRate("1달러에 1300원이면")?.rate).toBe(1300);
    expect(givenRate("달러당 1,350원 기준")?.rate).toBe(1350);
    expect(givenRate("what's the exchange rate today")).toBeUndefined();
  });

  it("moves a rate given first after the ask", () => {
    expect(withGivenRateLast("At 150 yen to the dollar, what's NVIDIA's stake in yen?")).toBe(
      "what's NVIDIA's stake in yen at 150 yen to the dollar?",
    );
  });

  it("computes the figure in that currency", () => {
    says(
      "At 90 rupees per dollar, how many rupees is Microsoft's investment?",
      /\$5 billion[\s\S]*450 billion rupees/u,
    );
    says("1달러에 1300원이면 애저 구매 약정은 원화로 얼마야?", /39조 원/u);
  });

  it("leaves a conversion with no rate not covered", () => {
    turnsAway("What's Microsoft's investment in rupees?");
  });
});
