/**
 * Korean claims read as written: 못 typed onto its verb ("못쓰는 거") still denies, the 경상 tag
 * typed 맞재 asks for a yes as 맞제 does, and a big cloud (큰 / 대형 클라우드) is a major one.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean claims as typed", () => {
  it("reads 못 glued to its verb as a denial", () => {
    says("클로드 애저에선 못쓰는 거 맞지?", /^아니에요/u);
    says("엔비디아는 돈 못넣었다던데 맞아?", /^아니에요/u);
  });

  it("reads 맞재 as a tag", () => {
    says("마소가 50억 넣은 거 맞재", /^맞아요/u);
  });

  it("reads a big cloud as a major one", () => {
    says("클로드가 대형 클라우드 세 곳에 다 들어간 유일한 모델 맞나요?", /^맞아요/u);
  });
});
