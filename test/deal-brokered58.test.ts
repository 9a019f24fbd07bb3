/**
 * Whoever "put the deal together" or "brokered" it is a negotiator, which the story does not name:
 * not covered, never answered with Nadella's words. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("who put the deal together", () => {
  it("is not covered", () => {
    turnsAwaySaying("which NVIDIA exec brokered the deal?", /negotiators/u);
  });
});
