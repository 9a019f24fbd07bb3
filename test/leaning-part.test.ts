/**
 * A part that only leans on a part the knowledge does not cover (branch near13): a restatement,
 * a comparison with one side, a qualifier or a guess at the answer is not covered with it, while
 * a second question of its own beside it is still answered. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { leansOnPartBefore } from "../src/answer/fallback/leaning-part.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { leansOn } from "./helpers/leaning.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

const leans = (before: string, part: string) => leansOn(index, before, part);

describe("leansOnPartBefore", () => {
  it.each([
    ["How many employees does NVIDIA have, that is,", "is it big enough to supply the chips?"],
    ["How much profit did Microsoft make", "in other words can it afford the deal?"],
    ["앤트로픽 직원은 몇 명이에요", "연구 인력 숫자 말이야."],
    ["How much does Amazon's stake cost", "compared with Microsoft?"],
    ["구글 기업가치는 얼마예요", "엔비디아보다 큼?"],
    ["What did Google pay", "for the TPU chips?"],
    ["본사는 어디에 있어", "시애틀이지?"],
  ])("%s / %s leans on the part before", (before, part) => {
    expect(leans(before, part)).toBe(true);
  });

  it.each([
    // A comparison naming both sides asks by itself.
    ["How much does Amazon's stake cost", "is NVIDIA's investment bigger than Microsoft's?"],
    // A question word of its own.
    ["How much profit did Microsoft make", "in what year was it announced?"],
    // "What does it mean?" asks, it restates nothing.
    ["앤트로픽 직원은 몇 명이에요", "순환 투자는 무슨 말이야?"],
    // A request for more, with no question mark, is no guess.
    ["본사는 어디에 있어", "주소 ㄱㄱ"],
    // A known name is asked about, not guessed.
    ["Who else invested", "NVIDIA?"],
  ])("%s / %s asks by itself", (before, part) => {
    expect(leans(before, part)).toBe(false);
  });
});

describe("a part leaning on a part not covered", () => {
  it.each([
    "What is Meta valued at, to compare with Anthropic?",
    "메타 기업가치 얼마예요? 앤트로픽보다 높아요?",
    "What is Microsoft's yearly profit, i.e. can it really afford $5B for Anthropic?",
    "엔비디아 직원이 몇 명이에요? 엔지니어 숫자 말이야.",
    "What did Microsoft pay NVIDIA, in euros, for the hardware?",
  ])("%s is turned away whole", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it.each([
    ["What is Meta valued at, and how much did NVIDIA put in?", /10 billion/],
    ["메타 기업가치 얼마예요? 엔비디아 투자액은요?", /100억 달러/],
  ])("%s still answers a second question of its own", (question, pattern) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(pattern);
  });
});

describe("a question of its own, then advice (near13)", () => {
  it.each([
    ["How much is Microsoft putting in, and is it smart to buy MSFT now?", /5 billion/],
    ["앤트로픽 기업가치 얼마고, 엔비디아 주식 지금 살까?", /3500억/],
  ])("%s answers the question and declines the advice", (question, pattern) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(pattern);
    expect(answer.text).toMatch(/advice|조언/u);
  });

  it.each([
    "Which is the smarter buy, MSFT or NVDA, for a retiree?",
    "Should I buy NVDA, and how much did NVIDIA invest?",
  ])("%s stays advice (the advice first, or no second ask)", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });
});

describe("an English remark after a question (round twelve, lead)", () => {
  it("leans on the question: it asks nothing of its own", () => {
    expect(leans("What is Google's market cap", "Feels like everyone is in on this deal.")).toBe(
      true,
    );
    expect(leans("How old is Jensen Huang", "The man has been at it for decades!")).toBe(true);
  });

  it("is no remark when it asks, requests, joins or is a fragment", () => {
    expect(leans("What is Google's market cap", "And what about Microsoft's stake?")).toBe(false);
    expect(leans("What is Google's market cap", "Also the figure for Amazon.")).toBe(false);
    expect(leans("What is Google's market cap", "Tell me Microsoft's investment.")).toBe(false);
    expect(leans("What is Google's market cap", "Microsoft's too.")).toBe(false);
  });

  it("turns the whole away instead of adding a nearby fact", () => {
    const answer = answerFromKnowledge(
      index,
      "What's Anthropic's profit margin? These investment figures tell me nothing without it.",
    );
    expect(answer.abstained).toBe(true);
  });
});

describe("a yes or no after a question not covered (round twelve, lead)", () => {
  it("is asked of the first question's answer when it names the story and a word it lacks", () => {
    expect(leans("오픈AI 직원 수 몇 명임", "그 인원으로 앤트 따라잡음?")).toBe(true);
    expect(
      leans("What did Oracle say", "did they sign a licensing pact with Anthropic afterwards?"),
    ).toBe(true);
  });

  it("leaves a sum on the figures and a yes or no of known words", () => {
    expect(leans("앤트로픽 매출의 몇 배야", "300억 나누기 150억?")).toBe(false);
    expect(leans("What is the critique", "is the source named?")).toBe(false);
  });
});

describe("a remark after a question asked by its mark alone (round thirteen, lead)", () => {
  it("leans on it as on a question asked by its word", () => {
    expect(
      leansOnPartBefore(
        {
          bare: "Mistral's headcount",
          analysis: index.analyze("Mistral's headcount"),
          asked: true,
        },
        "Keen to put the two side by side for my notes.",
        index.analyze("Keen to put the two side by side for my notes."),
      ),
    ).toBe(true);
    const answer = answerFromKnowledge(
      index,
      "Cohere's latest valuation? Want to set it beside what Anthropic is worth.",
    );
    expect(answer.abstained).toBe(true);
  });

  it("is no remark after a statement", () => {
    expect(
      leansOnPartBefore(
        {
          bare: "Mistral's headcount",
          analysis: index.analyze("Mistral's headcount"),
          asked: false,
        },
        "Keen to put the two side by side for my notes.",
        index.analyze("Keen to put the two side by side for my notes."),
      ),
    ).toBe(false);
  });
});

describe("a comparison with one side: a party and its own figure (round thirteen, lead)", () => {
  it("leans on the question before", () => {
    expect(leans("미스트랄 매출은 얼마", "엔비디아가 100억이면 견줘 보려고 비교해요")).toBe(true);
  });

  it("names two sides when two parties are named", () => {
    expect(leans("미스트랄 매출은 얼마", "엔비디아 100억이랑 마소 50억 비교하면?")).toBe(false);
  });
});
