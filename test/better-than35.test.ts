/**
 * One model said to be better than another in Korean ("클로드가 챗GPT보다 좋아?"): a quality the
 * story does not rate, whatever the particle 보다 is glued to. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a model better than another", () => {
  it("is a performance the article does not cover", () => {
    turnsAwayEach(["클로드가 챗GPT보다 좋아?", "솔직히 클로드 오퍼스가 GPT보다 낫지?"]);
  });

  it("leaves a figure compared answered", () => {
    says("엔비디아가 마소보다 더 많이 투자했어?", /100억/u);
  });
});
