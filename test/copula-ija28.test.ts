/**
 * "A이자 B" ("주요 클라우드이자 훈련 파트너") is the copula that joins two things one is: 이자 glued
 * to a noun is its ending, not 이자 (interest), which alone is still read as interest.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { stripEndings } from "../src/search/korean.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the copula 이자", () => {
  it("is an ending glued to a noun", () => {
    expect(stripEndings("클라우드이자")).toBe("클라우드");
    expect(stripEndings("이자")).toBe("이자");
  });

  it("reads the noun before it", () => {
    says("아마존이 앤트로픽의 메인 클라우드이자 학습 파트너 맞지?", /^맞아요[\s\S]*아마존/u);
    says("AWS가 앤트로픽 주 클라우드이자 훈련 파트너인 거 맞아요?", /^맞아요[\s\S]*아마존/u);
  });

  it("still reads 이자 alone as interest", () => {
    turnsAway("엔비디아 투자금에 이자가 붙나요?");
  });
});
