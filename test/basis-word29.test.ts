/**
 * 근거 ("그 근거로 누구의 말을 인용했어?", "어떤 구조를 근거로"): asking for the basis of
 * something is a word of asking, not a topic the knowledge lacks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the basis asked", () => {
  it("answers what the basis is asked of", () => {
    says("기사가 무슨 근거로 누구 말을 인용했어?", /익명/u);
    says("그 근거로 누구 말을 인용했나요?", /익명/u);
  });

  it("turns away a basis asked of nothing", () => {
    turnsAway("근거가 뭐야?");
  });
});
