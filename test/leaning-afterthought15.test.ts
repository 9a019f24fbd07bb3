/**
 * A part that only leans on a part not covered (branch entity15): a Korean adverbial said after
 * the verb of the part before, a part that leaves something out ("besides…"), and an English
 * remark of purpose with its "I'm" left out. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { leansOnPartBefore } from "../src/answer/fallback/leaning-part.ts";
import { isRemark } from "../src/answer/fallback/preamble.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { leansOn } from "./helpers/leaning.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

const leans = (before: string, part: string) => leansOn(index, before, part);

describe("a Korean afterthought leans on the part before", () => {
  it.each([
    ["하이닉스 메모리도 납품해", "그레이스 블랙웰 시스템에"],
    ["아마존도 지분 넣었어", "마이크로소프트처럼?"],
    ["IBM 클라우드에서도 돌아가", "아마존 구글 말고"],
    ["소프트뱅크도 참여함", "이번 라운드 조건으로"],
    ["메타도 그 칩 받아", "엔비디아한테"],
  ])("%s / %s", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });

  it.each([
    // A party as the subject of its own clause asks of that party.
    ["구글은 얼마 냈어", "마소는 앤트로픽에?"],
    // A question word asks by itself.
    ["테슬라도 투자함", "엔비디아는 어디에?"],
    // A verb at the end is a clause of its own.
    ["메타도 칩 사", "엔비디아 투자액 알려줘"],
  ])("%s / %s asks by itself", (before, part) => {
    expect(leans(before, part)).toBe(false);
  });
});

describe("a part leaving something out leans on the part before", () => {
  it.each([
    ["Can you run Claude on IBM Cloud", "other than Azure?"],
    ["Did Samsung also put money in", "apart from NVIDIA?"],
    ["Is Claude offered by Alibaba", "besides the three big clouds?"],
  ])("%s / %s", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });
});

describe("a remark of purpose with its subject left out", () => {
  it.each([
    "trying to build a peer table",
    "looking to model the upside",
    "just curious",
    "need it for a slide",
  ])("%s", (part) => {
    const asked = `How many Teams users does Microsoft have? ${part}`;
    expect(isRemark(asked, part, index.analyze(part))).toBe(true);
  });

  it("a question keeps asking", () => {
    const part = "trying to figure out, how much did NVIDIA invest?";
    expect(isRemark(part, part, index.analyze(part))).toBe(false);
  });
});

describe("the whole question is turned away", () => {
  it.each([
    "AMD 가속기도 들어가? 이번 애저 컴퓨팅에",
    "아마존도 투자했어? 마소처럼 클라우드 쓰는 조건으로?",
    "IBM 클라우드에서도 클로드 돼? 세 군데 말고",
    "How many Azure customers are there? trying to size the Claude market",
  ])("%s", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });

  it("a covered question with a Korean afterthought is still answered", () => {
    const answer = answerFromKnowledge(index, "엔비디아가 얼마 투자했어? 앤트로픽에");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/u);
  });
});

describe("a yes or no after a question about another company", () => {
  function leansAfterOutside(before: string, part: string, outside: boolean): boolean {
    return leansOnPartBefore(
      { bare: `${before}?`, analysis: index.analyze(before), namesOutsideParty: () => outside },
      part,
      index.analyze(part),
    );
  }

  it("goes on asking of that company, on words the knowledge lacks", () => {
    expect(leansAfterOutside("쿠팡은 클로드 안 붙이나", "자체 엘엘엠이랑 라이벌임?", true)).toBe(
      true,
    );
  });

  it("not after a question about the story's own parties", () => {
    expect(leansAfterOutside("마소는 클로드 안 붙이나", "자체 엘엘엠이랑 라이벌임?", false)).toBe(
      false,
    );
  });

  it("not when it names a party of its own", () => {
    expect(leansAfterOutside("쿠팡은 클로드 안 붙이나", "엔비디아는 자체 엘엘엠 있음?", true)).toBe(
      false,
    );
  });
});
