/**
 * Other chip makers (knowledge/facts.json, outside entities): the story names NVIDIA's systems
 * only, so whether Anthropic also uses other makers' chips is not covered. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("other chip makers", () => {
  it("are not covered", () => {
    turnsAwaySaying("does anthropic still buy from other chipmakers", /other chip makers/u);
  });

  it("leave NVIDIA's systems to the story", () => {
    says("which nvidia chips will anthropic use", /Grace Blackwell/u);
  });
});
