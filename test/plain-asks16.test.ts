/**
 * Plain questions whose wording fell through (round 16): the asker's own presentation is no
 * announcement, companies counted ("두 곳", "the two companies") ask which they are, "decided to
 * use" says nothing of what is used, "whether" and "서술" are function words, and the primary
 * source of the deal's terms is the joint announcement. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("plain questions in other words", () => {
  it("reads the asker's presentation as the reason for asking", () => {
    expect(answer("조별 발표 자료 만드는 중인데 엔비디아 투자액 얼마야?").text).toMatch(/100억/u);
    expect(answer("수업 발표용으로 MS 투자 금액 알려줘").text).toMatch(/50억/u);
    expect(answer("발표 날짜 언제야?").text).toMatch(/11월 18일/u);
  });

  it("names both investors when the companies are counted", () => {
    for (const question of [
      "세미나 준비 중. 앤트로픽에 투자한 기업 두 곳 알려주셈",
      "앤트로픽 투자사 두 곳 정리좀",
      "list the two companies investing in Anthropic",
    ]) {
      const got = answer(question);
      expect(got.text, question).toMatch(/엔비디아|NVIDIA/u);
      expect(got.text, question).toMatch(/마이크로소프트|Microsoft/u);
    }
    expect(answer("두 회사 합쳐서 얼마 투자했어?").text).toMatch(/150억/u);
  });

  it("reads 'decided to use' as asking what is used", () => {
    for (const question of ["무슨 GPU 쓰기로 했음?", "앤트로픽 어떤 칩 이용하기로 함?"]) {
      expect(answer(question).text, question).toMatch(/Blackwell/u);
    }
    expect(answer("앤트로픽이 애저 쓰기로 한 금액은?").text).toMatch(/300억/u);
  });

  it("does not let 'whether' or '서술' outvote the question", () => {
    expect(
      answer("does the article discuss whether this ends in monopoly or competition?").abstained,
    ).toBe(false);
    expect(answer("기사는 300억을 어떻게 서술해?").text).toMatch(/150억/u);
  });

  it("gives the joint announcement as the primary source of the terms", () => {
    for (const question of [
      "primary source for microsoft's investment?",
      "official source for the numbers?",
    ]) {
      expect(answer(question).text, question).toMatch(/blogs\.microsoft\.com/u);
    }
  });
});
