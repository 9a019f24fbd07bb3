/**
 * One party's figure given as a premise, another party's asked ("if microsoft put in 5 billion,
 * how much did nvidia put in?", "microsoft put in 5 billion, so how much did nvidia put in?"): the
 * party asked is answered, not the premise's. A question pointing back at the premise ("…,
 * what's that in won?") is no other party's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a premise, then another party asked", () => {
  it("answers the party asked", () => {
    says("if microsoft put in 5 billion, how much did nvidia put in?", /^NVIDIA committed/u);
    says("given microsoft put in five billion, what did nvidia put in?", /^NVIDIA committed/u);
    says("nvidia gave 10 billion, so how much did microsoft give?", /^Microsoft committed/u);
  });

  it("leaves a question about the premise itself to its own reading", () => {
    turnsAway("if microsoft put in 5 billion, what's that in won?");
  });
});
