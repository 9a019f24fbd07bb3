/**
 * What a party gets from the deal, asked with -게 되다 or a future -을 ("무엇을 얻게 되는지",
 * "뭘 얻을까"): its aim, as "뭘 얻어" asks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what a party gets", () => {
  it("is its aim, however the verb is conjugated", () => {
    says("엔비디아가 이 거래로 뭘 얻게 되는지 알려주세요", /수요 창출|생태계/u);
    says("엔비디아는 이번 투자로 뭘 얻을까?", /수요 창출|생태계/u);
  });
});
