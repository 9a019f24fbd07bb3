/**
 * Hiring asked in everyday words ("사람을 더 뽑나요?", "직원 뽑아요?", "hiring more after
 * this?"): the headcount the sources never give, not a fact about the deal. Picking the key
 * points ("핵심만 뽑아줘") is no hiring. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("hiring in everyday words", () => {
  it("is turned away as not covered", () => {
    turnsAwaySaying("이번 계약 때문에 앤트로픽이 사람 더 뽑아요?", /직원 수/u);
    turnsAwaySaying("계약 끝나고 앤트로픽이 개발자를 뽑나요?", /직원 수/u);
  });
});
