import { describe, expect, it } from "vitest";
import { asksMoneyDirection } from "../src/answer/fallback/question-shape.ts";

// The two-payers pattern (question-shape.ts) now reads from the start once a text holds two of
// 에/한테/께: a speed change only. These are what it found before and must still find, and texts
// it must still leave alone (one 에 only, or two with no second payer named back).
describe("each party named as the payer of the other, read from the start", () => {
  it.each([
    "마소가 앤트로픽에 주는 돈하고 앤트로픽이 마소에 주는 돈",
    "Anthropic이 MS에 내는 돈이랑 MS가 Anthropic에 내는 돈",
    "엔비디아는 앤트로픽한테 얼마 주고 앤트로픽은 엔비디아한테 얼마 줘?",
    "질문 하나요\n마소가 앤트로픽에 주는 돈하고 앤트로픽이 마소에 주는 돈",
  ])("still asks both ways: %s", (text) => {
    expect(asksMoneyDirection(text)).toBe(true);
  });

  it.each([
    "마이크로소프트는 앤트로픽에 얼마까지 투자하기로 했어?",
    "순환 투자 구조에도 장점이 있어?",
    "마이크로소프트는 앤트로픽에 투자하고 엔비디아에 돈을 내?",
    "ai 시장 future는 독점 or 경쟁?",
  ])("still leaves alone: %s", (text) => {
    expect(asksMoneyDirection(text)).toBe(false);
  });
});
