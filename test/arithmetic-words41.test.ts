/**
 * Arithmetic asked in words the operation list had missed: "몇 곱절/갑절" (how many times),
 * "how many times bigger is X's share" (a ratio, not a share of the whole), "몇퍼 올랐어" and
 * "what percentage jump" (a rate of change, not a percentage the facts must hold), an analyst's
 * "delta", hundreds said with hyphens ("one-eighty-three"), and the d of "i'd" (not chat's "d",
 * the). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { buildGlossary } from "../src/search/glossary.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("arithmetic words", () => {
  it("몇 곱절 and 몇 갑절 ask a ratio", () => {
    says("마소 투자금에 비하면 엔비디아 건 몇 곱절임?", /2배/u);
    says("애저 구매액이 마소 투자의 몇 갑절이냐", /6배/u);
  });

  it("how many times bigger is a ratio, though it names a share", () => {
    says("how many times bigger was NVIDIA's share than Microsoft's share?", /twice|2 times|2x/u);
  });

  it("a percentage rise is worked out, not turned away as a percentage the facts lack", () => {
    says("앤트로픽 몸값 몇퍼 뛴 거임?", /91\.3%/u);
    says("what percentage jump was the valuation after the deal?", /91\.3%/u);
  });

  it("delta beside a valuation is a difference", () => {
    says("anthropic valuation before and after, delta in $B pls", /167 billion/u);
  });

  it("hundreds said with hyphens", () => {
    says("one-eighty-three bil to three-fifty bil, how many times is that?", /1\.9 times/u);
  });

  it("the d of a contraction is not chat's 'the'", () => {
    const glossary = buildGlossary([{ say: ["d"], means: "the" }]);
    expect(glossary.rewrite("what'd d article say")).toBe("what'd the article say");
  });
});
