/**
 * claims16: a claim that a version is gone ("소네트 4.5는 빠졌다는데") against the fact that lists
 * it is a no, and Korean 없어지다 ("disappear") is the ending itself, not its denial. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a listed version claimed gone", () => {
  it("is a no with the list", () => {
    expect(lead("Haiku 4.5 got removed from Microsoft Foundry, correct?")).toMatch(/^No\b.*4\.5/);
    expect(lead("they took Opus 4.1 off Foundry, right?")).toMatch(/^No\b.*Opus 4\.1/);
    expect(lead("파운드리 라인업에서 오퍼스 4.1 제외됐다던데 맞나요?")).toMatch(/^아니에요/);
    expect(lead("파운드리에서 하이쿠 4.5 사라졌다며?")).toMatch(/^아니에요/);
  });

  it("is a yes when the ending is denied", () => {
    expect(lead("파운드리에서 소네트 4.5 안 빠졌죠?")).toMatch(/^맞아요/);
  });

  it("leaves a version that is there, claimed plainly, a yes", () => {
    expect(lead("Foundry has Haiku 4.5, right?")).toMatch(/^Yes/);
  });
});

describe("없어지다", () => {
  it("claims an ending, not its denial", () => {
    expect(lead("깃허브 코파일럿에서 클로드 없어졌다던데?")).toMatch(/^아니에요/);
  });
});
