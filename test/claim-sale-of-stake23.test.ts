/**
 * An investment's figure claimed as the price of a sale ("Nvidia sells Anthropic $10B worth of
 * chips, that's the $10B?"): the figure is right, the kind of money is not, a no with the
 * investment. A purchase's own figure, and a sale beside the investment's words, are left alone.
 */
import { describe, expect, it } from "vitest";
import { claimsSaleOfAmount } from "../src/answer/fallback/claim-sale-of-stake.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a sale claimed of an investment's figure", () => {
  it("is a no with the investment", () => {
    says("Microsoft sold Anthropic $5B of cloud credits, right?", /^No: Microsoft/u);
    says("nvidia sells anthropic $10 billion of gpus, that's the ten billion, correct?", /^No/u);
    says("엔비디아가 앤트로픽에 100억 달러어치 칩을 판 거지?", /^아니에요, 엔비디아/u);
  });

  it("leaves a purchase's figure and a sale beside the investment alone", () => {
    says("Anthropic buys $30B of Azure compute, right?", /^Yes/u);
    says("Nvidia invests $10B in Anthropic, which then buys chips, right?", /^Yes/u);
  });

  it("reads a sale of an amount clause by clause", () => {
    expect(claimsSaleOfAmount("nvidia sells anthropic $10b of chips, that is the $10b")).toBe(true);
    expect(claimsSaleOfAmount("nvidia invests $10b, anthropic buys chips")).toBe(false);
    expect(claimsSaleOfAmount("nvidia invests $10b and buys chips")).toBe(false);
  });
});
