/**
 * Spoken Korean drops the 에 of 에서 after a noun ending in a vowel ("무슨 행사서 발표했어",
 * "회사서 만든 거"): read with the full particle when the knowledge has the noun. A verb's -아서 /
 * -어서 stays as written. And "돌고" alone (runs on a cloud) is no talk of money going round;
 * "돌고 도는" still is. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const read = (question: string) => index.analyze(question).normalized;
const { says } = askProbe(knowledgeDir);

describe("에서 with its 에 dropped", () => {
  it("is written out after a noun of the knowledge", () => {
    expect(read("무슨 행사서 발표한 거임?")).toContain("행사에서");
    says("그거 무슨 행사서 발표한 거임?", /Ignite/u);
  });

  it("leaves a verb's -아서 / -어서 alone", () => {
    expect(read("둘이 합쳐서 얼마야?")).toContain("합쳐서");
    expect(read("헷갈려 보여서요")).toContain("보여서요");
  });
});

describe("돌고", () => {
  it("alone is running somewhere, not money going round", () => {
    says("클로드는 어느 클라우드에서 돌고 있어?", /AWS, Google Cloud/u);
  });

  it("doubled is still the loop", () => {
    says("돈이 돌고 도는 구조라는 게 무슨 말이야?", /순환 투자/u);
  });
});
