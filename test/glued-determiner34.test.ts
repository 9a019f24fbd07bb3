/**
 * A short function word glued to "the" or "this" ("wasthe", "inthe", "forthis"): too short a run
 * for the lattice, never an English word, read as its two words. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a function word glued to the determiner after it", () => {
  it("reads the two words", () => {
    says("what date wasthe deal announced on?", /18 November 2025/u);
    says("which chips arethe compute running on?", /Grace Blackwell/u);
  });
});
