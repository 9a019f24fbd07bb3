/**
 * withParticle: the particle a Korean word takes after it, picked by its last syllable's final
 * consonant; a Latin name reads as ending in a vowel.
 */
import { describe, expect, it } from "vitest";
import { withParticle } from "../src/search/korean.ts";

describe("withParticle", () => {
  it("takes the form after a final consonant", () => {
    expect(withParticle("삼성", "과", "와")).toBe("삼성과");
    expect(withParticle("투자금", "이", "가")).toBe("투자금이");
    expect(withParticle("클라우드 계약", "은", "는")).toBe("클라우드 계약은");
  });

  it("takes the form after a vowel", () => {
    expect(withParticle("카카오", "과", "와")).toBe("카카오와");
    expect(withParticle("하드웨어", "이", "가")).toBe("하드웨어가");
  });

  it("reads a Latin name or a figure's unit as its last letter says", () => {
    expect(withParticle("Meta", "은", "는")).toBe("Meta는");
    expect(withParticle("200억 달러", "은", "는")).toBe("200억 달러는");
  });
});
