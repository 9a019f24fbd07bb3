/**
 * 시사하다 (to imply) shapes a question as "imply" does in English, and 시사점 (the implications,
 * the takeaway) asks for the summary. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what the article implies", () => {
  it("reads 시사하는 as a word of asking", () => {
    says("기사가 저 같은 AI 스타트업 창업자한테 시사하는 건 뭐야?", /진입 장벽/u);
  });

  it("reads 시사점 as the summary", () => {
    says("이 기사 시사점 알려줘", /150억 달러/u);
  });
});
