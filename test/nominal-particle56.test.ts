/**
 * 만 and 도 typed apart after a verb's noun form ("받기 만 하는", "주기 도 하고") join it as the
 * particles they are there: "받기만" asks whether Anthropic only receives. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { joinDetachedParticles } from "../src/search/detached-particles.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("만 and 도 after a verb's noun form", () => {
  it("join the word", () => {
    expect(joinDetachedParticles("받기 만 해")).toBe("받기만 해");
    expect(joinDetachedParticles("주기 도 하고")).toBe("주기도 하고");
    expect(joinDetachedParticles("오천 만 달러")).toBe("오천 만 달러");
  });

  it("read as the particle in a claim", () => {
    says("앤트로픽 은 투자 를 받기 만 하는 쪽 맞지?", /^아니에요/u);
  });
});
