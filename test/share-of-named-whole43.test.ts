/**
 * A party's share "of the total investment" is of the total its figure is part of, even when a
 * verb of paying ("마소가 내는") also names the Azure purchase; the combined figure "as % of the
 * Azure commitment" still takes the Azure figure. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a share of the whole named", () => {
  it("divides by the total investment", () => {
    says("투자 총액 중에 엔비디아가 내는 비중은 몇 %야?", /3분의 2|66\.7/u);
  });

  it("keeps the combined figure against the Azure purchase", () => {
    says("총 투자액은 애저 구매액의 몇 퍼센트?", /절반|50/u);
  });
});
