/**
 * A claim that a covered thing runs on an outside one: the word before "on" is the thing that
 * runs when a determiner stands before it ("running the extra compute on Google TPUs"), not the
 * verb ("train on"). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a noun before 'on' names what runs on the outside thing", () => {
  it("says no with the fact's own systems", () => {
    says("So they're hosting the new compute on Google TPUs, yeah?", /^No\b.*Grace Blackwell/su);
    says("They put all that extra compute on AMD chips, right?", /^No\b.*Grace Blackwell/su);
  });

  it("keeps a verb before 'on' as no noun of the fact", () => {
    turnsAway("Does Anthropic train its models on TPUs?");
  });
});
