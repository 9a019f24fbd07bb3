/**
 * Averaging down or up on a share ("물타기", "불타기", "average down") is the asker's trade, in
 * any form of the verb. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAwayEach } = askProbe(knowledgeDir);

describe("averaging down", () => {
  it("is advice in any form", () => {
    turnsAwayEach(["마소랑 엔비 중 어디 물타야 돼", "마소 엔비 둘 중 어디다 물타냐"]);
    for (const question of ["엔비디아 불타기 어때", "엔비 물타요?"]) {
      expect(ask(question).text, question).toMatch(/투자 조언/u);
    }
    expect(ask("time to average down on MSFT?").text).toMatch(/investment advice/u);
  });
  it("the words a deal fact is asked with still answer", () => {
    says("엔비디아가 앤트로픽에 얼마 투자했어?", /100억 달러/u);
  });
});
