/**
 * Southern "y'all" is "you", not "why all"; Australian and New Zealand words ("a bloke", "mob",
 * "these days", "all up") are read as plain English, so they are no topic the article lacks.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("colloquial English words", () => {
  it("y'all", () => {
    says("which clouds y'all reckon Claude is on now", /Google Cloud/u);
  });

  it("a bloke", () => {
    says("Which clouds can a bloke run Claude on?", /Google Cloud/u);
  });

  it("a mob", () => {
    says("which mob is Anthropic's main cloud?", /Amazon/u);
  });

  it("the expert bloke", () => {
    says("who's the expert bloke in the article?", /unnamed/u);
  });
});

describe("what one thing costs", () => {
  it("one GPU's price is not covered", () => {
    turnsAway("how much does one of those Vera Rubin chips cost?");
  });

  it("each chip's price is not covered", () => {
    turnsAway("what does each Grace Blackwell GPU cost?");
  });
});
