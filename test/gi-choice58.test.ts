/**
 * 경상 "A 기가 B 기가" (is it A or B): the first clause's 기가 is 거야 as the last one's is, not
 * giga (a gigawatt). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a choice closed by 기가 twice", () => {
  it("reads both as 거야", () => {
    says("마소 돈이 앤트로픽으로 가는 기가 앤트로픽 돈이 마소로 가는 기가", /50억/u);
  });

  it("leaves giga after a number", () => {
    says("앤트로픽이 쓰는 컴퓨팅이 1 기가와트라는 기가?", /기가와트/u);
  });
});
