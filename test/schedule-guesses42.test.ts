/**
 * A portion paid by a time ("올해 안에 들어가는 돈", "연내 집행") is the payment schedule, not
 * covered; nouns with marks after a thing turned away are guesses at it ("payout plan? dates?
 * amounts per year?"), and the asker's note after them ("need to budget it") asks nothing.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("schedules and guesses", () => {
  it("turns away a portion paid within a time", () => {
    turnsAway("엔비디아 100억에서 올해 들어가는 돈은 얼마쯤 돼요?");
    turnsAway("마소가 낸다는 50억 중 연내 집행분은 얼마?");
  });

  it("reads marked nouns after a thing turned away as guesses", () => {
    turnsAway(
      "Disbursement plan for Microsoft's money — installments? deadlines? need to budget it.",
    );
  });

  it("still answers a covered thing after one turned away", () => {
    says("What's Anthropic's revenue? And the valuation?", /\$350 billion/u);
  });
});
