/**
 * "Does A pay B? How much?": the payment is made (yes) and its amount is not given; asked alone,
 * the amount is what is not covered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway } = askProbe(knowledgeDir);

describe("a payment and its amount, asked apart", () => {
  it("says yes, with no figure, when the payment is asked too", () => {
    says(
      "So Microsoft spends money with NVIDIA? How much?",
      /^Yes: Microsoft → NVIDIA[^\n]*no figure/u,
    );
    says("엠에스가 엔비디아에 돈 내? 얼마야?", /^네, 마이크로소프트 → 엔비디아[^\n]*금액 미공개/u);
    expect(ask("Microsoft pays Nvidia too? how much?").abstained).toBe(false);
  });
  it("still turns the amount alone away, and a word of money alone is no payment asked", () => {
    turnsAway("How much is Microsoft paying NVIDIA?");
    turnsAway("마소가 엔비디아한테 장비값으로 얼마 내? 금액 말이야");
  });
});
