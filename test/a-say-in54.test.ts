/**
 * "a say in", "any say over", "입김", "발언권": a party's control over another, which the sources
 * never give (with board seats and voting rights). What someone said is still answered.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a say in another party's affairs", () => {
  it("is turned away with board seats and voting rights", () => {
    turnsAwaySaying(
      "does nvidia get a say in anthropic's decisions?",
      /board seats and voting rights/u,
    );
    turnsAwaySaying("마소가 앤트로픽 경영에 입김 넣을 수 있어?", /이사회·의결권/u);
  });

  it("leaves what someone said answered", () => {
    says("what did Nadella say in the announcement?", /critical partner/u);
  });
});
