/**
 * "What part does X play" asks a role, not a share ("what part of the $15B"); "now dat" sets the
 * scene like "now that". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the part a party plays", () => {
  it("is its role", () => {
    says("so what part Amazon gonna play for Anthropic now dat Nvidia is in?", /primary/u);
  });

  it("is still a share when of a figure", () => {
    says("what part of the $15 billion comes from NVIDIA?", /two thirds|66\.7%/u);
  });
});
