/**
 * 올라가 is "placed on" a platform ("파운드리에 올라가는 모델") and "posted" on a site, but said
 * of a cause ("이 딜 때문에 올라가?") it is a rise the article does not forecast. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("올라가 after a cause", () => {
  it("is a rise, not the announcement's posting", () => {
    turnsAway("그 딜 때문에 올라가는 거임?");
    turnsAway("앤트로픽 이번 딜 때문에 올라가?");
    turnsAway("딜 때문에 올라가냐");
  });

  it("is still a model placed on a platform", () => {
    says("클로드 오퍼스 4.1도 파운드리에 올라가?", /^(?:네|맞아)/u);
  });
});
