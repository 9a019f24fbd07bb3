/**
 * "두 가지", "몇 가지" count kinds: 가지 there is no 가다 with its tag 지, so "A + B, 두 가지
 * 문의드립니다" asks both and confirms nothing. A product line (제품군) is the products.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("counted kinds and product lines", () => {
  it("asks, not confirms, when two things are counted", () => {
    const answer = ask("엔비디아 투자액하고 마소 투자액, 이렇게 두 가지.");
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toMatch(/^(?:맞아요|아니에요)/u);
  });

  it("reads 제품군 as products", () => {
    says("클로드 계속 들어가는 마이크로소프트 제품군은?", /Copilot/u);
  });
});
