/**
 * Every amount asked at once ("기사에 나온 모든 금액", "every dollar amount") is the list of the
 * story's figures; a sum or a check of them is not. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { asEveryAmount } from "../src/answer/fallback/every-amount.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { says } = askProbe("knowledge");

describe("asEveryAmount", () => {
  it("reads a question for every amount as the summary of the figures", () => {
    expect(asEveryAmount("본문에 등장하는 모든 금액 다 뽑아줘")).toBe("금액 정리해줘");
    expect(asEveryAmount("여기 나오는 액수들 전부 알려주세요")).toBe("금액 정리해줘");
    expect(asEveryAmount("Could you list every money figure in the piece?")).toBe(
      "summary of the amounts",
    );
    expect(asEveryAmount("what are all of the numbers in this thing")).toBe(
      "summary of the amounts",
    );
  });

  it("asks each amount named in brackets after it", () => {
    expect(asEveryAmount("여기 나온 모든 금액(엔비 투자분, 애저 약정) 정리 좀")).toBe(
      "엔비 투자분, 애저 약정 금액 정리해줘",
    );
    expect(asEveryAmount("every dollar amount (NVIDIA's stake, the Azure spend) please")).toBe(
      "NVIDIA's stake, the Azure spend amounts",
    );
  });

  it("leaves a sum, a check, a pick and a longer message alone", () => {
    for (const question of [
      "모든 금액 다 합치면 얼마임?",
      "금액들 전부 맞는 거지?",
      "All the figures in the piece are correct, yes?",
      "what's the total of all the amounts",
      "which of all the amounts is biggest?",
      "엔비 투자액 얼마야? 그리고 모든 금액 정리도 해줘",
      "엔비디아 투자 금액 알려줘",
    ]) {
      expect(asEveryAmount(question), question).toBe(question);
    }
  });
});

describe("every amount asked", () => {
  it("answers each amount named in brackets", () => {
    says("본문 속 모든 금액(엔비 투자분, 거래 뒤 기업가치) 정리 좀", /100억[\s\S]*3500억/);
  });

  it("answers with the list of figures", () => {
    says("본문에 등장하는 달러 금액을 다 찾아서 적어 주세요", /50억[\s\S]*100억[\s\S]*300억/);
    says(
      "Could you list every dollar amount in the piece?",
      /5 billion[\s\S]*10 billion[\s\S]*30 billion/,
    );
  });
});
