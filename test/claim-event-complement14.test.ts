/**
 * The event a claim says something was announced at, written as what it was ("발표한 게 빌드였지?",
 * "announce한 게 GTC였나?", "발표는 빌드 때였지?"), and a restatement after the tag ("…맞지 그 개발자
 * 행사"): a claim about the place, checked against the fact. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the event as what the announcement was", () => {
  it("is a no with the right event when it is another", () => {
    for (const question of [
      "이 파트너십 발표한 게 구글 I/O였나?",
      "공개된 자리가 GTC였죠?",
      "셋이 announce한 게 CES였지?",
      "발표는 마소 빌드 때였던 거 맞지?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^아니/u);
      expect(got.text, question).toMatch(/Ignite/u);
    }
  });

  it("is a yes when it is the fact's", () => {
    expect(answer("발표한 곳이 이그나이트였지?").text).toMatch(/^맞아/u);
  });
});

describe("a restatement after the tag", () => {
  it("leaves the tag a tag", () => {
    expect(asksToConfirm("빌드에서 발표한 거 맞죠 그 개발자 컨퍼런스")).toBe(true);
    expect(asksToConfirm("announced at build, right? that dev conference")).toBe(true);
    expect(answer("마소 빌드에서 발표한 거 맞지 그 연례 행사").text).toMatch(/^아니/u);
  });

  it("is no tag when a question follows", () => {
    expect(asksToConfirm("발표한 거 맞지 그 행사 이름이 뭐였지?")).toBe(false);
  });
});
