/**
 * Parts that ask nothing beside a part the record does not cover (branch outside15): a premise
 * stated by a verb ("엔비디아는 투자하고 / 배당금은?"), a lead naming the topic again ("What about
 * Amazon, how much did Amazon…?"), a remark after the question ("…? Trying to line it up against
 * the Microsoft and NVIDIA numbers.") and a request for the exact words. Phrasings in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a premise stated by a verb", () => {
  it.each([
    "마소는 앤트로픽에 투자했는데 이사회 자리도 받나요?",
    "마이크로소프트가 투자했는데 의결권은 몇 퍼센트 가져가요?",
    "앤트로픽은 애저 약정했고 계약서 조항은 어떻게 돼?",
  ])("is not answered beside a part not covered: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
  });

  it("leaves a part naming its own party asked", () => {
    const answer = ask("엔비디아는 투자하고 마소는 얼마 냈어?");
    expect(answer.abstained).toBe(false);
  });

  it("leaves a premise before a covered part answered", () => {
    const answer = ask("마소는 앤트로픽에 투자했는데 엔비디아는 얼마 넣었어?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/u);
  });
});

describe("a lead naming the topic again", () => {
  it.each([
    "What about Amazon, how much money did Amazon put into Anthropic?",
    "and how about amazon - what stake does amazon have in anthropic?",
  ])("asks nothing by itself: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/Amazon/u);
  });

  it("leaves a covered question after it answered", () => {
    const answer = ask("What about NVIDIA, how much did NVIDIA commit?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/10 billion/u);
  });
});

describe("a remark after a question", () => {
  it.each([
    "How much has Amazon put into Anthropic so far? Trying to compare it with the Microsoft and NVIDIA figures.",
    "What is xAI valued at now? Asking because my fund holds Tesla, NVIDIA and Microsoft.",
    "How big is SoftBank's OpenAI stake in dollars? Reading this in Osaka, SoftBank matters a lot here.",
  ])("is no part of its own: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
  });

  it("leaves a covered question before it answered", () => {
    const answer = ask(
      "How much did NVIDIA commit? Trying to compare it with the Microsoft and Amazon figures.",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/10 billion/u);
  });
});

describe("a request for the exact words", () => {
  it.each([
    "What did Jensen Huang say at the event? exact words please",
    "젠슨 황은 발표에서 뭐라고 했어? 정확한 인용 부탁해",
  ])("is no part of its own: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
  });

  it("leaves a covered quote answered", () => {
    const answer = ask("What did Satya Nadella say? verbatim please");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Nadella/u);
  });
});

describe("the day asked of a 'when' not covered", () => {
  it.each([
    "When do the NVIDIA systems ship? what date exactly",
    "앤트로픽은 언제 돈 받아요? 며칠에?",
  ])("is no part of its own: %s", (question) => {
    expect(ask(question).abstained).toBe(true);
  });
});

describe("who, then the name asked", () => {
  it.each([
    "Who is the expert the piece quotes? tell me his name",
    "순환 투자 지적한 전문가 누구예요? 실명이 뭐예요?",
    "그 기술 전문가 누군지 이름 알려줘",
  ])("is the name asked, which the article does not give: %s", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/name|이름/u);
  });

  it("leaves whether there is a name answered", () => {
    const answer = ask("who made the circular remark, any name given?");
    expect(answer.abstained).toBe(false);
  });
});
