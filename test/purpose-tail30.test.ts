/**
 * "…리포트용", "보고서 인용용": what the answer is for asks nothing; "굳이" (why bother) is no word of
 * the question. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what the answer is for", () => {
  it("is read past", () => {
    says("투자액 요약해줘. 리포트용", /300억/u);
  });
});

describe("굳이 (why bother)", () => {
  it("is no word of the question", () => {
    says("왜 굳이 앤트로픽에도 투자해요?", /오픈AI에 대한 의존도/u);
  });
});
