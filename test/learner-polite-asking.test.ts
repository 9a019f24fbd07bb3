/**
 * Polite and learner Korean: leave asked to ask ("…인지 여쭤봐도 될까요?") is the plain request;
 * how the article introduces a company ("어떤 회사로 소개하나") is what it calls it; the
 * background of an investment ("투자한 배경") is its reason. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { askPermissionAsRequest } from "../src/search/ask-permission.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("leave asked to ask", () => {
  it("becomes the plain request", () => {
    expect(askPermissionAsRequest("발표가 언제였는지 여쭤봐도 될까요?")).toBe(
      "발표가 언제였는지 알려주세요?",
    );
    expect(askPermissionAsRequest("금액에 대해 한가지 여쭤볼게요")).toBe("금액에 대해 알려주세요");
    expect(askPermissionAsRequest("뜻이 뭔지 물어봐도 괜찮을까요")).toBe("뜻이 뭔지 알려주세요");
  });

  it("leaves other text as it is", () => {
    const text = "앤트로픽이 애저를 얼마나 사요?";
    expect(askPermissionAsRequest(text)).toBe(text);
  });

  it("answers what is asked before it", () => {
    for (const [question, wanted] of [
      ["엔비디아가 앤트로픽에 얼마를 투자했는지 여쭤봐도 되나요?", /100억/u],
      ["앤트로픽이 애저에 얼마를 쓰기로 했는지 좀 여쭤보고 싶습니다", /300억/u],
      ["발표가 언제 있었는지 여쭈어 봐도 될까요", /11월 18일/u],
      ["기사에서 앤트로픽을 어떤 회사로 소개하고 있는지 여쭤봐도 될까요?", /챗GPT/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(wanted);
    }
  });
});

describe("how the article introduces Anthropic", () => {
  it("gives the article's words for it", () => {
    for (const question of [
      "기사에 앤트로픽이 어떤 회사로 나와요?",
      "앤트로픽 어떤 기업으로 소개되어 있어요?",
      "기사는 앤트로픽을 어떻게 소개해?",
      "how is anthropic introduced in the piece",
      "the article describe anthropic as what?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/ChatGPT|챗GPT/u);
    }
  });
});

describe("the background of an investment", () => {
  it("is its reason", () => {
    for (const [question, wanted] of [
      ["마소가 앤트로픽이랑 손잡은 배경은?", /의존|다변화/u],
      ["엔비디아가 앤트로픽에 투자하게 된 배경이 궁금해요", /수요|생태계|의존/u],
      ["엔비디아의 투자 동기는 뭐야?", /수요|생태계|의존/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(wanted);
    }
  });
});

describe("a service desk's request", () => {
  it("becomes the plain request", () => {
    expect(askPermissionAsRequest("발표 날짜 안내 부탁드립니다.")).toBe("발표 날짜 알려주세요.");
    expect(askPermissionAsRequest("그 용어 설명 부탁드려도 되나요?")).toBe(
      "그 용어 설명해 주세요?",
    );
    expect(askPermissionAsRequest("엔비디아투자금액확인가능하신가요?")).toBe(
      "엔비디아투자금액 알려주세요?",
    );
    expect(askPermissionAsRequest("이 수치가 맞는지 확인 가능할까용")).toBe(
      "이 수치가 맞는지 확인해 주세요",
    );
  });

  it("leaves a plain check of a claim as it is", () => {
    const text = "투자액이 150억 달러인지 확인 부탁드립니다";
    expect(askPermissionAsRequest(text)).toBe(text);
  });

  it("answers what is asked before it", () => {
    for (const [question, wanted] of [
      ["엔비디아 측 투자 금액 확인 가능하실까요?", /100억/u],
      ["앤트로픽 파트너십 발표 일자 안내 부탁드리겠습니다", /11월 18일/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(wanted);
    }
  });
});
