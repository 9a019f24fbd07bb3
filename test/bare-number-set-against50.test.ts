/**
 * A bare number set against a scaled one as money ("thirty bil on Azure but only fifteen
 * invested"): the same scale, as speech has it, so the difference asked is computed. A bare
 * number that is no money after the contrast keeps no scale. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn } = askProbe(knowledgeDir);

describe("a bare number set against a scaled one", () => {
  it("takes the scale of the figure it is set against", () => {
    expect(amountsIn("they pay out 30bn whereas they got 15 in")).toEqual([
      "30000000000",
      "15000000000",
    ]);
    says(
      "Anthropic forks over thirty billion for Azure yet gets only fifteen back as investment, what's the gap?",
      /\$15 billion more than/u,
    );
  });

  it("leaves a bare number that is no money alone", () => {
    expect(amountsIn("30 billion for Azure but only 3 years")).toEqual(["30000000000", "3"]);
  });
});
