/**
 * "몇 할" (how many tenths), the older way of asking a share, is a share of the sum like "몇 프로":
 * "엔비디아가 전체 중에 몇 할 냈어?" is two thirds. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("몇 할", () => {
  it("asks a share of the sum", () => {
    says("엔비디아가 전체 투자 중에 몇 할이나 낸 거여?", /3분의 2/u);
    says("마소는 두 회사 투자 합계에서 몇할 정도예요?", /3분의 1/u);
  });
});
