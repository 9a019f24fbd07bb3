/**
 * "몇 기가와트까지 계약했어?" asks the up-to figure (1 GW, initially), not growth beyond it;
 * "몇 기가와트까지 늘어나?" still asks the growth the sources never give. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("몇 기가와트까지", () => {
  it("asks the up-to figure", () => {
    says("앤트로픽이 몇 기가와트까지 계약한 거예요?", /1기가와트/u);
  });

  it("with growth asked, is the growth not covered", () => {
    turnsAwaySaying("나중에 몇 기가와트까지 늘어나요?", /초기 이후의 확장 규모/u);
  });
});
