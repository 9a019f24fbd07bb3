/**
 * The compute in FLOPS (exaflops, petaflops, 엑사플롭스) is not given: the sources give it only as
 * power. Asked of the gigawatt, it is not covered, with that note, not the "up to" note.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach, says } = askProbe(knowledgeDir);

describe("compute asked in FLOPS", () => {
  it("is not covered", () => {
    turnsAwayEach([
      "what's the 1GW in petaflops, roughly?",
      "so how many exaflops of compute does the gigawatt give anthropic",
      "1기가와트면 연산량이 몇 엑사플롭스임?",
    ]);
  });

  it("leaves the compute asked in power alone", () => {
    says("How much compute is Anthropic buying?", /1 gigawatt/u);
  });
});
