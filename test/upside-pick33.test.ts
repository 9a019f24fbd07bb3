/**
 * "둘 중에 뭐가 더 upside 있어?", "which one has more upside?": the pick of a stock by how far it
 * may rise is advice; "the upside for Microsoft in this deal" still asks its motive. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a pick by upside", () => {
  it("is advice", () => {
    turnsAwayEach([
      "마소랑 엔비 둘 중 뭐가 더 upside 큼?",
      "msft or nvda, which one has more upside?",
    ]);
  });
  it("leaves a party's upside in the deal its motive", () => {
    says("what's the upside for Microsoft in this deal?", /OpenAI/u);
  });
});
