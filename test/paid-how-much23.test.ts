/**
 * "엔비디아가 얼마 냈는지 알려줘": 내다 (pay) in the past with 얼마 asks what the party paid out,
 * as "얼마 지불했어" does: its own flows, each way, not a turn-away on the unknown "냈".
 */
import { describe, expect, it } from "vitest";
import { moneySideAsked } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("how much a party paid, 냈", () => {
  it("answers with the party's own money out", () => {
    says("엔비디아 얼마 냈음?", /^엔비디아 → 앤트로픽: 지분 투자 \(최대 100억 달러\)/u);
    says(
      "마이크로소프트가 얼마 냈는지 궁금해요",
      /^마이크로소프트 → 앤트로픽: 지분 투자 \(최대 50억/u,
    );
    says(
      "앤트로픽은 얼마나 냈어?",
      /^앤트로픽 → 마이크로소프트: Azure 컴퓨팅 구매 \(300억 달러\)/u,
    );
  });

  it("reads 얼마 내 as money going out", () => {
    expect(moneySideAsked("엔비디아가 얼마 내는 알려줘", 0)).toBe("out");
    expect(moneySideAsked("엔비디아가 얼마 받았어", 0)).toBe("in");
  });
});
