/**
 * "A dozen" and "a couple (of)" before a scale or a unit are counts ("a couple billion" is two
 * billion, "half a dozen gigawatts" six): a claim of them is checked against the figure, not
 * confirmed as the party's money. Before anything else ("a couple of questions") they are no
 * figure. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn } = askProbe(knowledgeDir);

describe("a dozen, a couple", () => {
  it("count before a scale or a unit", () => {
    expect(amountsIn("a couple billion")).toEqual(["2000000000"]);
    expect(amountsIn("a dozen billion")).toEqual(["12000000000"]);
    expect(amountsIn("half a dozen gigawatts")).toEqual(["6gw"]);
  });

  it("make a claim of the figure checked", () => {
    says(
      "did nvidia put in a couple billion?",
      /^No: NVIDIA committed to invest up to \$10 billion/u,
    );
    says(
      "half a dozen gigawatts, right?",
      /^No: Anthropic contracted additional compute of up to 1/u,
    );
  });

  it("are no figure before anything else", () => {
    expect(amountsIn("I have a couple of questions")).toEqual([]);
  });
});
