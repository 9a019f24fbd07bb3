/**
 * A part of a covered thing said to go to an outside company (branch outside15b): "any of the
 * $30B", "1기가와트 중 일부". The sources give the thing whole and neither list nor rule out
 * where a part of it ends up, so the claim is not covered, not a no with the thing's fact; the
 * whole of it put on the outside company stays a no. A company's cloud arm written glued to its
 * name ("네이버클라우드") is that company. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { PART_OF } from "../src/answer/fallback/part-of.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a part of a covered thing going to an outside company", () => {
  it.each([
    "Any portion of the 30B spend routed through Oracle Cloud?",
    "Is a chunk of the 30 billion going to Oracle in the end?",
    "300억 중 일부가 오라클 클라우드로 가나요?",
    "1기가와트 중 일부는 코어위브 데이터센터에서 돌아가요?",
    "Is some of the 1 GW going to run on Google TPUs?",
    "Does some of the Azure capacity sit in Equinix data centers?",
  ])("%s is not covered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/^(?:No|아니에요)/u);
  });

  it.each([
    ["The 1 GW runs on Google TPUs, right?", /^No/u],
    ["구글이 앤트로픽에 100억 달러 투자한 거 맞죠?", /^아니에요.*엔비디아/u],
    ["일부 언론에선 구글이 앤트로픽에 100억 달러 넣었다던데 맞아?", /^아니에요.*엔비디아/u],
  ])("the whole of it put on the outside company stays a no: %s", (question, opening) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(opening);
  });

  it("reads only a part, not words that merely contain one", () => {
    expect(PART_OF.test("some of the money")).toBe(true);
    expect(PART_OF.test("the party of record")).toBe(false);
    expect(PART_OF.test("does part of the money go to oracle")).toBe(true);
    expect(PART_OF.test("tpus are part of the 1 gw")).toBe(false);
    expect(PART_OF.test("google put in $10b as part of this")).toBe(false);
  });
});

describe("a company's cloud arm written glued to its name", () => {
  it.each([
    "네이버클라우드플랫폼에서 클로드 쓸 수 있나요?",
    "Does Naver Cloud resell Claude in Korea?",
    "네이버클라우드도 애저 용량 받아서 국내에 팔아요?",
  ])("%s is not covered", (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});
