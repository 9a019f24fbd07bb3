/**
 * 납입 (paying in): the investment itself ("MS가 납입한 금액은?"), and with "at once", "split" or
 * "schedule" beside it, or a 트랜치, the payment schedule the story does not give. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("납입", () => {
  it("of an amount is the investment", () => {
    says("엔비디아가 납입한 금액은 얼마?", /^엔비디아는 앤트로픽에 최대 100억 달러/u);
  });

  it("at once, in tranches or on a schedule is not covered", () => {
    turnsAwayEach([
      "마소 50억은 일시 납입이에요?",
      "엔비 100억 트랜치 몇 번으로 쪼개요?",
      "투자금 납입 일정 나온 거 있어?",
    ]);
  });
});
