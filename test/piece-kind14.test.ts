/**
 * What kind of piece the article is, asked as its 성격, 유형 or 장르, or against "언론 보도":
 * it is a Korean blog post. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the piece's kind", () => {
  it("is a blog post, however its kind is asked", () => {
    for (const question of [
      "이거 어떤 유형의 글인가요?",
      "이건 무슨 장르의 글임?",
      "글의 성격이 뭐야? 뉴스 보도야?",
      "이 글 언론 보도인가요?",
    ]) {
      says(question, /블로그/u);
    }
    says("what type of piece is this, a news report or a blog?", /blog/u);
  });

  it("of the announcement, is the announcement's", () => {
    says("마이크로소프트 발표는 어떤 성격의 글이야?", /발표/u);
  });
});
