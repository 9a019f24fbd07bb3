/**
 * Where the electricity for the compute comes from ("where does the power for the gigawatt come
 * from?", "the electric bill for a gigawatt"): a power source or cost the sources never give, not
 * the gigawatt fact. The compute's own size is still answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("the power behind the compute", () => {
  it("is turned away as a power source or cost", () => {
    turnsAwaySaying("where does the power for the gigawatt come from?", /power source/u);
    turnsAwaySaying("what's the electric bill on a gigawatt like that?", /electricity costs/u);
  });

  it("leaves the compute's size answered", () => {
    says("how much compute did Anthropic contract?", /gigawatt/u);
  });
});
