/**
 * Money beyond this deal ("추가 투자 계획", "plan to invest more later") is not covered: the facts
 * give this deal's commitments only. "Who invests more" still compares the two sums. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("further investment plans", () => {
  it("are not covered", () => {
    turnsAwayEach([
      "Does Microsoft plan to invest more later?",
      "Any plans for additional investment from Microsoft?",
      "마소 앞으로 더 투자할 계획 있음?",
      "추가 투자 계획 있나요?",
      "엔비디아 후속 투자는 언제쯤 하나요?",
    ]);
  });
  it("leave the comparison of this deal's sums answered", () => {
    says("Who invests more, Microsoft or NVIDIA?", /\$10 billion[^\n]*bigger/u);
  });
});
