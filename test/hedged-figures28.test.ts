/**
 * A figure claimed with a hedge ("about 180 billion", "a hundred and eighty-odd billion", "1800억
 * 정도") claims the stated figure near it; one far from any stated figure is still a no. A bare
 * figure after a scaled one ("from 183 billion to 350") is in the same scale when the claim is
 * checked, and "went up to", "from X up to" is where a figure moved, not a ceiling.
 * The papers are the press. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { hedgedAmountKeys } from "../src/answer/fallback/hedged-figures.ts";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("hedged figures", () => {
  it("reads -odd, -something and -plus between a numeral and its scale", () => {
    expect(findAmounts("a hundred and eighty-odd billion")[0]?.key).toBe("180000000000");
    expect(findAmounts("180-something billion")[0]?.key).toBe("180000000000");
    expect(findAmounts("ten-plus billion")[0]?.key).toBe("10000000000");
  });

  it("knows which figures are hedged", () => {
    expect([...hedgedAmountKeys("it was about 180 billion")]).toEqual(["180000000000"]);
    expect([...hedgedAmountKeys("1800억 달러 정도였나")]).toEqual(["180000000000"]);
    expect([...hedgedAmountKeys("it was 180 billion")]).toEqual([]);
    expect([...hedgedAmountKeys("계약 50억 달러")]).toEqual([]);
  });

  it("confirms a hedged figure close to the stated one", () => {
    says("Anthropic's valuation rose from roughly 180 billion to 350 billion, correct?", /^Yes/u);
    says("몸값이 대략 1800억 달러에서 3500억 달러로 오른 거 맞아?", /^맞아요/u);
  });

  it("still denies a hedged figure far from any stated one", () => {
    says("NVIDIA put in about 8 billion, right?", /^No/u);
  });

  it("reads a bare figure after a scaled one in its scale", () => {
    says("Anthropic's valuation climbed from 183 billion to 350, correct?", /^Yes/u);
  });

  it("reads 'went up to' as where the figure went", () => {
    says("the valuation went from 183 billion up to 350 billion, right?", /^Yes/u);
  });

  it("reads the papers as the press", () => {
    says("what did the newspapers say the valuation was?", /CNBC/u);
  });
});
