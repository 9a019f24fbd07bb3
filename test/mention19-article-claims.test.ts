/**
 * A claim framed as the article's is checked, not only found (branch mention19): "기사에 X라고
 * 나오죠?", "true or false: the article says X" answer by what the article says (its figures,
 * its parties, the way it says a thing moves), never a yes because the words are in a sentence.
 * A figure alone asked as mentioned is a yes where a sentence writes that amount. No phrasing
 * here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => answerFromKnowledge(index, question).text.slice(0, 40);

describe("a figure or party claimed as the article's is checked", () => {
  it.each([
    // the figure swapped between the two investors
    "기사에 마이크로소프트가 100억 달러 넣는다고 나와요?",
    "기사에선 엔비디아가 50억 달러를 투자한다고 나오지?",
    "True or false: the piece says Microsoft is putting in $10 billion.",
    "true or false - according to the article NVIDIA invests $5B",
    "Right or wrong: the blog says Microsoft invests ten billion dollars.",
    "does the article mention that microsoft puts 10 billion into anthropic?",
  ])("%s: no", (question) => {
    expect(lead(question)).toMatch(/^(?:No|아니)/u);
  });

  it.each([
    "기사에 엔비디아가 100억 달러 넣는다고 나와요?",
    "True or false: the piece says NVIDIA is putting in $10 billion.",
    "기사에 앤트로픽이 마소 클라우드에 300억 달러 쓴다고 나오지?",
  ])("%s: yes", (question) => {
    expect(lead(question)).toMatch(/^(?:Yes|맞아)/u);
  });

  it("the direction reversed is a no", () => {
    expect(lead("기사에 앤트로픽이 마소한테 투자한다고 나오나요?")).toMatch(/^아니/u);
  });
});

describe("the article's own wrong line, claimed as the article's", () => {
  it.each([
    "기사에 두 회사가 앤트로픽에 300억 달러를 넣는다고 나오죠?",
    "도입부에선 마소랑 엔비디아가 앤트로픽에 300억 투자한다고 썼잖아 맞지?",
  ])("%s: yes, the article says so, then the record", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toMatch(/^맞아요, 기사에는 그렇게 나와요/u);
    expect(answer.text).toMatch(/150억/u);
  });

  it("the same line with the money going the other way is no yes", () => {
    expect(lead("Does the post say that Anthropic is investing in Microsoft?")).toMatch(/^No/u);
  });
});

describe("a figure asked as mentioned", () => {
  it.each([
    ["기가와트 1개 얘기도 기사에 나오나?", /1기가와트/u],
    ["does the write-up mention the 30 billion dollars?", /300억 달러/u],
  ])("%s: yes with the sentence that writes it", (question, written) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toMatch(/^(?:Yes|맞아)/u);
    expect(answer.text).toMatch(written);
  });

  it("a sum no sentence writes is no yes", () => {
    expect(lead("기사에 70억 달러 나오나요?")).not.toMatch(/^맞아/u);
  });

  it("a version's number is a name, not a figure", () => {
    expect(lead("is Opus 4.1 mentioned in the article?")).not.toMatch(/^Yes, the article/u);
  });
});

describe("a change claimed the other way round", () => {
  it.each([
    "기사 보면 엔비디아는 특정 모델 개발사 의존도를 키우려는 거죠?",
    "the article says NVIDIA wants to raise its dependence on a single model developer, right?",
    "윗글에 따르면 엔비디아는 모델 개발사 의존도를 늘리려 한다는 거 맞죠?",
  ])("%s: no, with the sentence", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toMatch(/^(?:No|아니)/u);
    expect(answer.text).toMatch(/낮추|줄이/u);
  });
});
