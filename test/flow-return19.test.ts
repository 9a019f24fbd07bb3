/**
 * What one side gives back for the other's money ("…는 대신", "in exchange for…"), and whether
 * one party buys anything from another, asked yes or no. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutCircumstance } from "../src/answer/fallback/circumstance.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the price given, set aside", () => {
  it("keeps the clause that asks the way back", () => {
    expect(withoutCircumstance("엔비디아가 투자한 대가로 앤트로픽은 엔비디아에 뭘 약속했어?")).toBe(
      "앤트로픽은 엔비디아에 뭘 약속했어?",
    );
    expect(
      withoutCircumstance("In exchange for NVIDIA's cash, what did Anthropic commit to NVIDIA?"),
    ).toBe("what did Anthropic commit to NVIDIA?");
    expect(
      withoutCircumstance("what does Anthropic promise Microsoft in return for the five billion?"),
    ).toBe("what does Anthropic promise Microsoft?");
  });

  it("reads 대신 after a noun as 'instead of', no clause", () => {
    expect(withoutCircumstance("마이크로소프트가 오픈AI 대신 앤트로픽에 투자한 이유는?")).toBe(
      undefined,
    );
  });

  it("keeps the whole question when the clause left names one side only", () => {
    expect(withoutCircumstance("마소한테 돈 쓰는 대신 앤트로픽은 뭘 받아?", () => false)).toBe(
      undefined,
    );
  });

  it.each([
    ["엔비디아가 투자한 대가로 앤트로픽은 엔비디아에 뭘 약속했어?", /1기가와트|블랙웰|Blackwell/],
    ["마소가 돈 넣어준 대신 앤트로픽은 마소에 뭘 주기로 했나요?", /Azure|300억/],
    ["In exchange for NVIDIA's cash, what did Anthropic commit to NVIDIA?", /1 GW|Blackwell/],
  ])("answers the way back for %s", (question, expected) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(expected);
  });
});

describe("whether one party buys anything from another", () => {
  it.each([
    ["does anthropic purchase anything from nvidia?", /^Yes: Anthropic → NVIDIA/],
    ["so is microsoft buying something from nvidia too?", /^Yes: Microsoft → NVIDIA/],
    ["Is NVIDIA buying anything from Anthropic in all this?", /^No: nothing NVIDIA buys/],
    ["앤트로픽이 마소에서 구매하는 것도 있나요?", /^네, 앤트로픽 → 마이크로소프트/],
    ["엔비디아가 앤트로픽한테서 사는 거 있음?", /^아니요/],
  ])("answers %s from the flows", (question, expected) => {
    expect(answer(question).text).toMatch(expected);
  });

  it("leaves a party of no flow to the other rules", () => {
    expect(answer("Did Microsoft buy anything from Amazon?").text).not.toMatch(/^(?:Yes|No):/);
  });
});
