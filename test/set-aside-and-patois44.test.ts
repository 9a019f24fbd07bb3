/**
 * An item set aside ("besides Foundry, which other…", "파운드리 말고 … 또 뭐") is the one the asker
 * knows; "back in September" is a time, not money coming back; patois "a" before a verb ("Anthropic
 * a give"), "jus", "tings", "togedda", "odda"; a trade put as a bare choice ("dump MSFT or nah").
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("an item set aside", () => {
  it("answers the others asked for", () => {
    says("apart from Foundry, which other Microsoft products will Claude be in?", /Copilot/u);
    says("파운드리 빼고 클로드 들어가는 마소 제품 또 뭐 있음?", /Copilot/u);
  });

  it("still sets money aside by what a party gets", () => {
    says("besides the cash, what else does NVIDIA get out of it?", /co-design|engineering/u);
  });
});

describe("a time said 'back in' a month", () => {
  it("compares with the valuation then", () => {
    says("how much more is Anthropic valued at today than back in September?", /\$167 billion/u);
  });
});

describe("patois", () => {
  it("reads 'a' before a verb, 'jus', 'tings', 'togedda'", () => {
    says("Anthropic a pay Microsoft or Microsoft a pay Anthropic?", /^Both ways/u);
    const together = ask("Nvidia an Anthropic, dem a build tings togedda or jus a sell chip?");
    expect(together.text).toMatch(/co-design|engineering/u);
  });
});

describe("a trade put as a bare choice", () => {
  it("is advice", () => {
    declinesAsAdvice("dump MSFT or nah? dis loop ting look shady to mi");
  });
});
