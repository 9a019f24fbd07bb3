/**
 * "-하고 있는", "-하고 싶은": the ending of one verb, not "and" between two parts ("구글이 앤트로픽에
 * 보유하고 있는 지분율은?" asks one thing, Google's stake). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("-하고 before 있다 or 싶다", () => {
  it("keeps the question whole", () => {
    expect(splitQuestion("아마존이 앤트로픽에 보유하고 있는 지분은 몇 퍼센트예요?")).toHaveLength(
      1,
    );
    expect(splitQuestion("마소하고 엔비디아 투자액은?")).toHaveLength(2);
  });

  it("says another company's stake is not covered", () => {
    turnsAwaySaying("구글이 앤트로픽에 현재 보유하고 있는 지분이 얼마나 되나요?", /구글/u);
  });
});
