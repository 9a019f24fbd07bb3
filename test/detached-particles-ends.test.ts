/**
 * joinDetachedParticles reads the characters beside each space; at the text's ends there are
 * none, and the result is as if nothing stood there (no read past the end).
 */
import { describe, expect, it } from "vitest";
import { joinDetachedParticles } from "../src/search/detached-particles.ts";

describe("joinDetachedParticles at the text's ends", () => {
  it("glues a particle that ends the text", () => {
    expect(joinDetachedParticles("요리책 은")).toBe("요리책은");
    expect(joinDetachedParticles("날씨 부터")).toBe("날씨부터");
  });
  it("leaves a trailing space alone", () => {
    expect(joinDetachedParticles("고양이 는 ")).toBe("고양이는 ");
    expect(joinDetachedParticles("강아지 ")).toBe("강아지 ");
  });
  it("leaves a longer word that ends the text", () => {
    expect(joinDetachedParticles("기차 에서부터요")).toBe("기차 에서부터요");
    expect(joinDetachedParticles("버스 는데")).toBe("버스 는데");
  });
});
