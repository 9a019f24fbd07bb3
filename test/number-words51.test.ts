/**
 * English number words before a scale or a unit: "a dozen" and "a couple (of)" are counts ("a
 * couple billion" is two billion, "half a dozen gigawatts" six), and "and a half" adds half of
 * the scale that follows ("ten and a half billion", "10 and a half billion"). A claim of any of
 * them is checked against the figure, not confirmed as the party's money. Before anything else ("a
 * couple of questions") no figure is read. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn } = askProbe(knowledgeDir);

describe("English number words before a scale", () => {
  it("read counts and halves as figures", () => {
    expect(amountsIn("a couple billion")).toEqual(["2000000000"]);
    expect(amountsIn("a dozen billion")).toEqual(["12000000000"]);
    expect(amountsIn("half a dozen gigawatts")).toEqual(["6gw"]);
    expect(amountsIn("ten and a half billion")).toEqual(["10500000000"]);
    expect(amountsIn("10 and a half billion")).toEqual(["10500000000"]);
  });

  it("make a claim of them checked against the figure", () => {
    says(
      "did nvidia put in a couple billion?",
      /^No: NVIDIA committed to invest up to \$10 billion/u,
    );
    says(
      "half a dozen gigawatts, right?",
      /^No: Anthropic contracted additional compute of up to 1/u,
    );
    says(
      "so nvidia's in for ten and a half bil?",
      /^No: NVIDIA committed to invest up to \$10 billion/u,
    );
    says("was it 10 and a half billion from nvidia?", /^No: NVIDIA committed/u);
  });

  it("read no figure before anything else", () => {
    expect(amountsIn("I have a couple of questions")).toEqual([]);
  });
});
