/**
 * "엔비 정리하는 게 낫겠죠?": a holding cleared out (sold) is the asker's own trade, advice turned
 * away. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a holding cleared out", () => {
  it("is advice", () => {
    turnsAwayEach([
      "순환투자 얘기 나오는데 마소 정리하는 게 나을지",
      "엔비디아 지금 정리하는 편이 낫겠죠",
    ]);
  });

  it("leaves the flow summed up answered", () => {
    says("돈 흐름 한 줄로 정리해 줘", /앤트로픽/u);
  });
});
