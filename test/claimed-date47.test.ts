/**
 * A date claimed of a relation with no party named ("announced in September?") is checked against
 * that relation's fact, not against whichever fact shares the month's words. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claimed date of the announcement", () => {
  it("is checked against the announcement, not the valuation's September", () => {
    says("그거 9월 발표 아니었어?", /^아니.*11월 18일/su);
    says("9월에 발표한 거 맞나요?", /^아니.*11월 18일/su);
  });

  it("confirms the month the announcement gives", () => {
    says("11월에 발표된 게 맞나요?", /^(?:맞|네).*11월 18일/su);
  });
});
