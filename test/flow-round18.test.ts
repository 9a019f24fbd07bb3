/**
 * Which way the money goes, asked as a loop or of a payment with no figure (round eighteen).
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("two parties paying each other, claimed leg by leg", () => {
  it.each([
    "마소가 앤트로픽에 투자하고 앤트로픽은 그 돈으로 마소 애저 쓰면 돈이 결국 마소로 다시 돌아오는 거 맞지?",
    "마이크로가 앤트에 돈 넣고 앤트가 마이크로 클라우드 쓰는 거, 그게 돌려 막기지?",
    "엠에스가 앤트에 돈 대주고 앤트는 다시 엠에스 애저 쓰고... 이런 게 돌려막기 아닌가요?",
    "Microsoft hands Anthropic cash, Anthropic spends it on Azure, so the money ends up back at Microsoft, right?",
    "MS pays Anthropic and Anthropic pays MS back, that's the round trip?",
  ])("says yes, both legs, and the loop the article names: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^(?:맞아요|Yes)/u);
    expect(answer.text).toMatch(/순환 투자|circular investment/u);
    expect(answer.text).toMatch(/(?:5 billion|50억)[\s\S]*(?:30 billion|300억)/u);
  });

  it("reads the money arriving where the last leg took it as that leg, not a new one", () => {
    const answer = ask(
      "마소가 앤트 돈 대주고 앤트가 애저 쓰면 그 돈이 결국 다시 마소로 오는 구조임?",
    );
    expect(answer.text).not.toMatch(/^아니에요/u);
  });
});

describe("'마이크로' for Microsoft", () => {
  it("names Microsoft in a figure question", () => {
    const answer = ask("마이크로가 앤트로픽에 투자한 금액이 얼마여");
    expect(answer.text).toMatch(/50억/u);
  });

  it("leaves Supermicro its own name", () => {
    const answer = ask("슈퍼마이크로도 이 거래에 들어가?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/슈퍼마이크로/u);
  });
});

describe("a payment with no figure, asked of anything but its amount", () => {
  it.each([
    "is there a dollar figure anywhere for what msft pays nvidia?",
    "What is Microsoft paying NVIDIA for in the first place?",
    "마소가 엔비디아한테 내는 돈은 무슨 명목이야?",
    "엠에스가 엔비디아에 주는 대금도 있나요?",
  ])("answers with the payment and says no figure was given: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/system|시스템/u);
    expect(answer.text).toMatch(/no figure|공개되지|미공개/u);
  });

  it.each([
    "마소가 엔비디아한테 시스템 값으로 대충 얼마 내?",
    "마소가 엔비디아한테 시스템 사는 금액 대충 얼마예요?",
  ])("still turns the amount away: %s", (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});

describe("an amount asked outright of a payment with no figure", () => {
  it.each([
    "엠에스가 엔비디아에 내는 금액 정확하게 알려주세요",
    "마이크로가 엔비디아한테 지불하는 대금 액수 좀 알려줄래?",
  ])("stays not covered: %s", (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});

describe("'자금 흐름' asks which way the money goes, as '돈의 흐름' does", () => {
  it.each([
    "이번 거래 자금흐름 좀 한눈에 보여줘",
    "본건 관련 자금 흐름을 당사자별로 기재 바랍니다",
  ])("lays out every flow with its figure: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/50억[\s\S]*100억[\s\S]*300억/u);
  });

  it("leaves the article's worry about the flow's transparency to the article", () => {
    const answer = ask("자금흐름 투명성 문제는 기사에서 뭐라고 함?");
    expect(answer.text).toMatch(/투명성/u);
  });
});
