/**
 * A sum asked in another unit ("add microsoft's and nvidia's investments and give it in won at
 * 1,300 won per dollar", "마소 엔비 합쳐서 원화로? 환율 1400원"): the total, then the total in the
 * unit asked; the rate's number is the unit's, no addend. A sum asked plainly is the total alone.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a sum asked in another unit", () => {
  it("gives the total, then the total in that unit", () => {
    says(
      "add microsoft's and nvidia's investments and give it in won at 1,300 won per dollar",
      /add up to \$15 billion\. That total is 19\.5 trillion won/u,
    );
    says(
      "마소랑 엔비 투자 합치면 원화로 몇 조야? 환율은 1500원",
      /150억 달러입니다\. 합계는 22조 5000억 원/u,
    );
  });

  it("gives the total alone when no unit is asked", () => {
    says("마소 엔비 투자 더하면 얼마?", /150억 달러입니다\.$/mu);
  });
});
