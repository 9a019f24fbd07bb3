/**
 * Motives asked of one party: the actor's own passages answer "why would A…", not a fact whose
 * subject is another party; a connective before the subject ("즉, 마이크로소프트는…") still opens
 * on it; "keep it simple" after a question is how to answer, not a second question.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutQuoteFrame } from "../src/answer/fallback/quote-frame.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("why would a party act: its own passages, not another party's fact", () => {
  it.each([
    "why does nvidia bankroll a startup that just turns around and buys nvidia hardware",
    "whats the point of nvidia funding its own chip buyer",
    "엔비디아는 왜 자기 칩 사는 회사한테 돈을 넣어?",
    "why would NVIDIA invest in a company that purchases its GPUs?",
  ])("%s", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toMatch(
      /^Microsoft buys NVIDIA systems|^마이크로소프트는 엔비디아 시스템/,
    );
    expect(answer.text).toMatch(/ecosystem|demand|생태계|수요/);
  });
});

describe("a connective before the actor still opens the sentence on it", () => {
  it.each([
    ["whats in it for microsoft here", /Claude|클로드|dependence|의존/],
    ["what's microsoft getting out of the anthropic thing", /Claude|클로드|dependence|의존/],
    ["why is microsoft doing this deal", /Claude|클로드|dependence|의존/],
  ])("%s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });
});

describe("how to pitch the answer is no question of its own", () => {
  it.each([
    ["why did msft go with anthropic when they have openai already? simple version please"],
    ["why back anthropic if microsoft already owns part of openai? explain it simply"],
    ["microsoft already has openai so why anthropic too, keep it simple"],
  ])("%s answers the motive", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/dependence|divers|risk|의존|다변화|리스크/);
  });

  it("keeps the figure asked when told to keep it simple", () => {
    const answer = answerFromKnowledge(index, "how much did nvidia put in? keep it simple pls");
    expect(answer.text).toMatch(/^NVIDIA committed to invest up to \$10 billion/);
  });
});

describe("a leading pointer at a quote says where, not what is asked", () => {
  it.each([
    ["From the expert's quote, what does Microsoft buy from NVIDIA?", /NVIDIA systems/],
    ["in the quote from the expert, what is microsoft paying nvidia for", /NVIDIA systems/],
    ["so in that quote, Microsoft pays NVIDIA... for what?", /NVIDIA systems/],
    ["전문가 인용에서, 마소가 엔비디아한테 돈 내는 건 뭐 때문이에요?", /엔비디아 시스템/],
  ])("%s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("keeps the quote when it is what is asked", () => {
    expect(withoutQuoteFrame("in the quote, who?")).toBe("in the quote, who?");
    expect(withoutQuoteFrame("who said the quote about circular money?")).toBe(
      "who said the quote about circular money?",
    );
    expect(withoutQuoteFrame("In the expert quote, who pays Microsoft?")).toBe(
      "who pays Microsoft?",
    );
  });
});

describe("a follow-up announced is no word of the question", () => {
  it.each([
    ["추가 질문인데요, 아마존도 돈 받나요?", /아마존은 여전히 앤트로픽의 주요 클라우드/],
    ["추가로요, 아마존은 이 거래에서 돈을 주고받아요?", /아마존/],
    ["추가질문요 엔비디아 투자액은?", /^엔비디아는 앤트로픽에 최대 100억 달러/],
  ])("%s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("keeps 추가로 where it is the story's word", () => {
    const answer = answerFromKnowledge(index, "앤트로픽이 추가로 계약한 컴퓨팅은?");
    expect(answer.text).toMatch(/추가로 계약/);
  });
});
