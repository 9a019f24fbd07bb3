/**
 * After a "who" the article does not cover, two candidates offered with the verb said twice
 * ("마소가 내나요 앤트로픽이 내나요") are that who again, not a claim of their own. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a who offered as a choice", () => {
  it("after a who not covered", () => {
    turnsAway("1GW 전기요금은 누가 내요? 마소가 내나요 엔비가 내나요");
  });

  it("after a who that is covered, the choice is answered", () => {
    says("누가 더 많이 투자했어? 마소가 많이 냈어 엔비가 많이 냈어?", /엔비디아/u);
  });
});
