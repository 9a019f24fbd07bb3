/**
 * 제주 and 충청 허 for 하 before an ending of saying or doing ("좋댄 허는", "있댄 허던디",
 * "시작허는") is read as 하; and one-syllable words people write on their own ("이 글 쓴 사람",
 * "그 쪽") keep a sentence from being glued into one run. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { joinSpacedSyllables } from "../src/search/spaced-syllables.ts";

describe("허 for 하", () => {
  it("is read as 하 before 는 and 던", () => {
    expect(foldKoreanDialect("투자 좋댄 허는 거우꽈")).toContain("하는");
    expect(foldKoreanDialect("문제 있댄 허던디")).toContain("하던데");
    expect(foldKoreanDialect("새로 시작허는 회사")).toContain("시작하는");
  });

  it("leaves words with 허 of their own", () => {
    expect(foldKoreanDialect("허가 받았댄")).toContain("허가");
  });
});

describe("one-syllable words written on their own", () => {
  it("keep a sentence spaced", () => {
    expect(joinSpacedSyllables("이 글 쓴 양반 요 투자 좋대")).toBe("이 글 쓴 양반 요 투자 좋대");
  });

  it("still join a word typed syllable by syllable", () => {
    expect(joinSpacedSyllables("엔 비 디 아 투 자 액")).toBe("엔비디아투자액");
  });
});
