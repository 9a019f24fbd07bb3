/**
 * A word the knowledge lacks (revenue, 매출) said of what a payment comes back as ("애저 매출로
 * 돌려받는", "gets it back as Azure revenue") asks nothing of its own: the flows answer. Asked as
 * a figure of its own ("마소 매출 얼마야?"), it stays not covered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("money coming back as revenue", () => {
  it("is answered with the flows both ways", () => {
    says("마소는 앤트로픽에 넣은 돈을 애저 매출로 돌려받는 셈이지?", /300억/u);
    says("so microsoft basically gets its money back as azure revenue?", /\$30 billion/u);
  });

  it("leaves revenue asked as a figure not covered", () => {
    turnsAwayEach([
      "마이크로소프트 애저 매출은 얼마야?",
      "what's Microsoft's Azure revenue this year?",
    ]);
  });
});
