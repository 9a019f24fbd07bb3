/**
 * The mean of the story's figures ("average investment per company", "두 회사 평균 투자액"): their
 * sum over their count, stated with the operands, for figures of one kind only (the mean of an
 * investment and a purchase measures nothing). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("the average of the figures", () => {
  it("is their mean", () => {
    says(
      "on average how much did nvidia and microsoft each put in",
      /average .* is \$7\.5 billion/u,
    );
    says("엔비디아랑 마이크로소프트 투자금 평균 내면 얼마야", /평균은 75억 달러/u);
  });

  it("is not taken of figures of different kinds", () => {
    expect(ask("average of nvidia's investment and the azure purchase").text).not.toMatch(
      /average of/iu,
    );
  });
});
