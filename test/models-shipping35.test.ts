/**
 * Models "shipping into" a product ("which claude models are shipping into foundry?"): software
 * made available there, not goods delivered on a schedule; hardware shipping still is one.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("models shipping into a product", () => {
  it("are the models offered there", () => {
    says("what claude models ship on microsoft foundry?", /Claude Sonnet 4\.5/u);
  });

  it("hardware shipping is still a delivery schedule", () => {
    turnsAway("when are the vera rubin systems shipping to azure?");
  });
});
