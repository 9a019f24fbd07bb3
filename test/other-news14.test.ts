/**
 * Other news about the same companies: events the knowledge lists as outside it (facts.json
 * `outside.events`) are turned away like an outside company, and a question that names one only
 * to set it aside is answered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutSetAside } from "../src/answer/fallback/set-aside.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("another event named beside the story's companies", () => {
  it("is not covered, with no covered fact after it", () => {
    for (const question of [
      "스타게이트 데이터센터는 몇 기가와트짜리임?",
      "how much is softbank-free stargate costing microsoft?",
      "오픈AI 영리 전환 이후 마소 지분은 몇 퍼?",
      "After OpenAI's recapitalization, what does Microsoft own?",
      "엔비디아 컨콜 때 젠슨이 앤트로픽 언급함?",
      "did nadella bring up anthropic on the earnings call",
      "마소 감원 규모랑 이번 투자랑 관계 있어?",
      "are the microsoft layoffs paying for the anthropic stake?",
      "엔비디아 칩 수출통제가 앤트로픽 1기가와트에 영향 줌?",
      "do the new export restrictions touch the grace blackwell systems?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(
        /최대 50억|up to \$5 billion|나델라는|Nadella said/u,
      );
    }
  });

  it("is not a claim that the partnership ended", () => {
    for (const question of [
      "오픈AI 구조 개편 끝나고 나서 이번 투자가 나온 거지?",
      "the openai restructuring wrapped up, so this could happen, right?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
    }
  });
});

describe("news named only to set it aside", () => {
  it("is dropped from the question", () => {
    const cases: [string, string][] = [
      ["not the stargate thing - what does nvidia put in?", "what does nvidia put in?"],
      ["ok not that oracle deal, who pays microsoft here?", "who pays microsoft here?"],
      ["what's nvidia's stake worth, not the openai one?", "what's nvidia's stake worth?"],
      ["엔비디아 칩 뭐 쓴대? 구글 얘기랑 자꾸 헷갈려", "엔비디아 칩 뭐 쓴대?"],
      ["스타게이트랑 헷갈리는데, 마소 투자액 얼마임?", "마소 투자액 얼마임?"],
      ["구글 건 말고 마소가 넣은 돈은?", "마소가 넣은 돈은?"],
      [
        "how much is the azure commitment? (mixing it up with the oracle news)",
        "how much is the azure commitment?",
      ],
      ["Is this the Stargate story or a separate deal? who's investing?", "who's investing?"],
      ["이거 오픈AI 구조개편 얘기야 아니면 다른 거래야? 요약 좀", "요약 좀"],
    ];
    for (const [question, rest] of cases) expect(withoutSetAside(question), question).toBe(rest);
  });

  it("keeps a question that asks about other news or another party", () => {
    for (const question of [
      "이번 거래 말고 또 뭐 발표했어?",
      "마소 말고 누가 투자했어?",
      "MS 투자 조건 말고 금액은 얼마야?",
      "is this the openai deal or a different one?",
      "I'm confused about the circular thing. can you explain?",
    ]) {
      expect(withoutSetAside(question), question).toBe(question);
    }
  });

  it("answers what is left", () => {
    const money = ask("not the openai story - how much does microsoft invest in anthropic?");
    expect(money.abstained).toBe(false);
    expect(money.text).toMatch(/\$5 billion/u);
    const chips = ask("앤트로픽 컴퓨팅은 어느 엔비디아 시스템이야? 구글 TPU랑 헷갈려서");
    expect(chips.abstained).toBe(false);
    expect(chips.text).toMatch(/Blackwell|블랙웰/u);
  });
});

describe("talking asked again after a person the knowledge lacks", () => {
  it("is still that person's words, not the story's", () => {
    for (const question of [
      "What did Dario Amodei say? Did he mention it at the keynote?",
      "젠슨은 뭐라 했음? 컨퍼런스에서 언급함?",
      "샘 올트먼은 뭐라고 했어? 인터뷰에서 얘기 나왔어?",
      "what did altman say about it, did he bring it up on a podcast?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/Ignite|이그나이트|나델라는|Nadella said/u);
    }
  });

  it("leaves a part of its own about the story answered", () => {
    const answer = ask("젠슨 황은 뭐라 했어? 그리고 발표는 언제였어?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/2025년 11월 18일/u);
  });
});
