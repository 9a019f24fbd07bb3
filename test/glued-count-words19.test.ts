/**
 * "두개 다 설명해줘", "세가지 다 알려줘": a count typed without its space asks for every part, as
 * "두 개" does; it is no word of what is asked. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { KOREAN_STOPWORDS } from "../src/search/stopwords.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { says } = askProbe("knowledge");

describe("a count typed without its space", () => {
  it("is a stopword", () => {
    for (const word of ["두개", "두가지", "세개", "세가지", "둘다"]) {
      expect(KOREAN_STOPWORDS.has(word), word).toBe(true);
    }
  });

  it("asks every part, naming nothing", () => {
    says("순환투자가 뭔지, 그리고 글쓴이가 뭘 걱정하는지 두개 다 설명해줘요", /투명/);
    says("엔비 투자액이랑 마소 투자액, 두개 다 알려주실래요", /100억[\s\S]*50억|50억[\s\S]*100억/);
    says(
      "발표 날짜하고 행사 이름 두가지 다 설명 부탁",
      /11월 18일[\s\S]*Ignite|Ignite[\s\S]*11월 18일/,
    );
  });
});
