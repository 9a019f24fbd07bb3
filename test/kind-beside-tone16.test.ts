/**
 * What kind of piece it is, asked beside its tone or with "opinion piece" among the kinds offered:
 * the kind first (a blog post), then the tone when the tone is asked too. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the piece's kind beside its tone", () => {
  it("gives the kind, and the tone when it is asked too", () => {
    for (const question of [
      "이거 뉴스 기사임 아님 블로그임? 논조도",
      "what's the tone, and is it a news piece or a blog?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:이 글은 한국어 블로그 글|It is a Korean blog post)/u);
      expect(got.text, question).toMatch(/논조|tone/u);
    }
  });

  it("reads an opinion column or straight news as a kind, not a view", () => {
    for (const question of [
      "is it straight news or an opinion column?",
      "스트레이트 기사 맞아?",
      "opinion piece or hard news, this one?",
    ]) {
      const got = answer(question);
      expect(got.text, question).toMatch(/blog|블로그/u);
      expect(got.text, question).not.toMatch(/worry|우려/u);
    }
  });

  it("still gives the tone alone when only the tone is asked", () => {
    expect(answer("how would you describe its tone?").text).toMatch(/^The article's tone/u);
  });
});

describe("the writer's worry, asked with a format", () => {
  it("is the article's worry", () => {
    for (const question of [
      "글쓴이가 걱정하는 거 세 줄 요약 ㄱㄱ",
      "필자 우려사항 bullet로 뽑아줘",
      "기사 작성자의 걱정 포인트 뭐임",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^기사가 우려하는 점/u);
    }
  });
});
