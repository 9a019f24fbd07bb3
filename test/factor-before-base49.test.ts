/**
 * A ratio claimed with its factor before both figures in English ("half of thirty billion is
 * the investment, right?"): the figure after the factor is the base, so the claim measures the
 * second against the first. Written order stays for "A is half of B" and for Korean. Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a factor before both figures", () => {
  it("measures the second figure against the first", () => {
    says("Half of the Azure thirty billion is what the two invested, correct?", /^Yes/u);
    says("Twice Microsoft's five billion is NVIDIA's stake, yes?", /^Yes/u);
    says("Half of NVIDIA's ten billion is the combined fifteen, right?", /^No/u);
  });

  it("keeps written order when the factor stands between them", () => {
    says("The Azure spend is half of the combined investment, right?", /^No/u);
    says("애저 300억이 투자 합계의 두 배 맞죠?", /^맞아요/u);
  });
});
