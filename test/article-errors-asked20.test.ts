/**
 * The article's errors asked outright, whatever else the words seem to ask (a purpose naming a
 * medium, a doubt, a pasted link), and a pasted link read as context. Phrasings not in any eval
 * set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutPastedLinks } from "../src/answer/fallback/pasted-link.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

const FACT_CHECKS = /^(?:Where the article differs from the record|기사에서 기록과 다르거나)/u;

describe("the article's errors asked outright", () => {
  it("gives the fact checks, not the outlet, the worry or parts turned away", () => {
    for (const question of [
      "point out the mistakes in the article pls, media class homework",
      "기사 틀린 데 있으면 알려줘. 뉴스 매체 수업용",
      "this piece feels shady tbh, what did it get wrong",
      "솔직히 이 글 좀 수상함? 잘못된 부분 찾아주셈",
      "what errors are in the blog post? newspaper club is checking it",
      "이 기사 가짜뉴스 같음? 틀린 금액 있으면 알려주소",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(FACT_CHECKS);
    }
  });

  it("leaves a count, a part named and another ask beside it to their own rules", () => {
    expect(ask("how many errors are in the article?").text).toMatch(/lists \d+ points/u);
    expect(ask("what's wrong in the article's headline?").text).not.toMatch(FACT_CHECKS);
    expect(ask("what's the author's main worry, and what did they get wrong?").text).toMatch(
      /worry/u,
    );
  });
});

describe("a pasted link", () => {
  it("is dropped as context; its host names no company", () => {
    for (const question of [
      "https://www.example-news.kr/2025/11/anthropic 여기 기사 틀린 부분 있음?",
      "got this from https://m.facebook.com/share/abc... what's wrong in the article?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(FACT_CHECKS);
    }
  });

  it("keeps the rest as written, and a link alone or a bare host as it is", () => {
    expect(withoutPastedLinks("see https://a.example/x?y=1 how much did NVIDIA put in?")).toBe(
      "see how much did NVIDIA put in?",
    );
    expect(withoutPastedLinks("https://a.example/x")).toBe("https://a.example/x");
    expect(withoutPastedLinks("blogs.microsoft.com 공식 출처 맞아?")).toBe(
      "blogs.microsoft.com 공식 출처 맞아?",
    );
  });
});
