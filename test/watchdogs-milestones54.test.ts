/**
 * Competition watchdogs signing the deal off, and milestones the money waits on: the legal
 * matters and contract terms the sources never give, named as such. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("watchdogs and milestones", () => {
  it("name the topic the sources leave out", () => {
    turnsAwaySaying("Did the competition watchdogs have to sign it off?", /legal matters/u);
    turnsAwaySaying("are there milestones Anthropic has to hit?", /contract terms/u);
    turnsAwaySaying("마일스톤 같은 거 있어요?", /계약 세부 조건/u);
  });
});
