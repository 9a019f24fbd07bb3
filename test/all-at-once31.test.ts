/**
 * "All at once" of where a model is offered means at the same time; of money it asks for the
 * payment schedule (not covered). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("all at once", () => {
  it("of clouds: the three clouds", () => {
    says("So Claude sits on all three big clouds in one go now, yeah?", /^Yes[^\n]*three/u);
  });
  it("of money: the schedule, not covered", () => {
    turnsAway("Does Microsoft hand over its 5 billion in one go?");
  });
});
