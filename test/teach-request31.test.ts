/**
 * "Teach me …" asks to be told, as "explain" does: it names no subject, and is no misspelt
 * "reach" (the concept of Claude's presence). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("teach me", () => {
  it("turns away a lesson on something else", () => {
    turnsAway("Can you teach me the difference between 'who' and 'whom'?");
  });
  it("still answers a lesson on the deal", () => {
    says("teach me what the circular investment is", /circular/u);
  });
});
