/**
 * The bot asked what it would do ("…, what would you do?") or whether the asker should act ("do
 * you think I should…?") is advice, turned away; what the parties did is still answered.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("the bot asked what it would do", () => {
  it("is advice", () => {
    declinesAsAdvice("nvidia before christmas or after, what would you do?");
    declinesAsAdvice("do you think I should switch careers into AI after reading this?");
  });

  it("leaves what a party did answered", () => {
    says("what will microsoft do with claude?", /Azure/u);
  });
});
