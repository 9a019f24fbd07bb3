/**
 * A product the knowledge names (Claude) stands for the party that makes it in the relations the
 * knowledge lists for it: the compute a model runs on is its maker's compute deal, not a thing the
 * article lacks. Other relations stay the product's own: a subscription's price is no valuation.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a product asked of what its maker's facts say", () => {
  it("answers the compute a model runs on from its maker's compute deal", () => {
    says("On what NVIDIA hardware is Claude going to run?", /Grace Blackwell/u);
    says(
      "How much is NVIDIA putting in, and on which NVIDIA systems does Claude run?",
      /Vera Rubin/u,
    );
  });

  it("keeps what no listed relation covers the product's own", () => {
    turnsAwayEach(["how much is claude pro worth per month", "what's claude max worth"]);
  });
});
