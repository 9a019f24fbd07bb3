/**
 * Claims in family-chat phrasing: a tag followed by one more short sentence, a move "to" another
 * party as an ending, "no more X", contracted "뭐랬" and the casual honorific 형님 after a name.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import {
  asksToConfirm,
  asksWhich,
  claimsEnded,
  isLeadingTagOnly,
} from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question).text;

describe("a tag, then an afterthought sentence", () => {
  it("still asks to confirm", () => {
    for (const question of [
      "아마존 이제 앤트로픽이랑 손절한 거 맞지? 애저로 갈아탄 듯",
      "아마존은 이제 빠진 거 맞죠? ㅋㅋ 마소가 자리 뺏음",
      "amazon is out of the picture now, right? microsoft took over",
      "openai is done with microsoft, correct? they switched to claude",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
  });

  it("not when the sentence after asks something of its own or gives a figure", () => {
    expect(asksToConfirm("엔비디아가 백억 넣은 거 맞지? 날짜도 알려줘")).toBe(false);
    expect(asksToConfirm("총액 150억 맞지? 엔비 100 마소 50")).toBe(false);
    expect(asksToConfirm("마소가 50억 넣은 거 맞죠? 엔비디아는 얼마 넣었어요?")).toBe(false);
    expect(asksToConfirm("microsoft put in 5 billion, right? how much did nvidia put in?")).toBe(
      false,
    );
  });

  it("answers the ending claimed with the fact that says it remains", () => {
    expect(answer("아마존은 인제 앤트로픽이랑 끝난 거 맞지? 애저로 넘어간 거 ㅋㅋ")).toMatch(
      /^아니에요/u,
    );
    expect(answer("Amazon is out of the picture now, right? Microsoft took over")).toMatch(/^No/u);
  });
});

describe("a move over to another party", () => {
  it("is an ending", () => {
    expect(claimsEnded("앤트로픽 이제 애저 쪽으로 넘어왔대")).toBe(true);
    expect(claimsEnded("결국 마소로 넘어갔네")).toBe(true);
    expect(claimsEnded("so no more aws for anthropic")).toBe(true);
  });

  it("not a figure that goes over a bound", () => {
    expect(claimsEnded("투자액이 100억 달러 넘어간 거 맞죠")).toBe(false);
    expect(claimsEnded("nvidia put in no more than ten billion")).toBe(false);
  });
});

describe("contracted 뭐랬 and 형님 after a name", () => {
  it("asks what the person said", () => {
    for (const question of [
      "사티아 나델라 뭐랬어?",
      "나델라 형님 오픈AI에 대해 뭐랬더라",
      "나델라는 오픈AI 두고 뭐라던가요",
    ]) {
      expect(answer(question), question).toMatch(/중요한 파트너/u);
    }
  });
});

describe("a purpose guessed at the end of a why-question", () => {
  it("is no advice asked", () => {
    for (const question of [
      "마소는 왜 앤트로픽에 돈을 넣는 건데? 애저 팔라고?",
      "엔비디아 뭐하러 투자한 거임 ㅋㅋ 칩 팔라고??",
    ]) {
      expect(answer(question), question).not.toMatch(/조언/u);
    }
  });

  it("while being told to buy or sell still is", () => {
    expect(answer("동생이 엔비디아 팔라고 하던데 어떡해요")).toMatch(/조언/u);
    expect(answer("마소 주식 사라고? ㅋㅋ")).toMatch(/조언/u);
  });
});

describe("a tag written first, before the claim", () => {
  it("is only a tag", () => {
    expect(isLeadingTagOnly("이거 사실임?")).toBe(true);
    expect(isLeadingTagOnly("그 소문 진짜예요")).toBe(true);
    expect(isLeadingTagOnly("진짜 그만큼 투자한 거임?")).toBe(false);
  });

  it("asks about the claim after it, not about the article", () => {
    expect(
      answer("그 얘기 진짜임? 엔비디아가 앤트로픽한테 삼백억 달러어치 컴퓨팅 사준다던데"),
    ).toMatch(/^아니에요/u);
    expect(answer("이 말 맞아요? 아마존은 이제 빠졌다고 하던데")).toMatch(/^아니에요.*아마존/u);
    expect(answer("이 소문 사실인가요? 엔비가 앤트로픽에 100억 넣는대요")).toMatch(/^맞아요/u);
  });
});

describe("'or' after a negation", () => {
  it("lists what is denied, it offers no choice", () => {
    expect(asksWhich("is claude not on aws or google cloud anymore?")).toBe(false);
    expect(asksWhich("so no more amazon or google for anthropic?")).toBe(false);
    expect(asksWhich("did microsoft put in five or ten billion?")).toBe(true);
  });
});
