/**
 * "…일자도 함께 확인 부탁드립니다": asking for a value (a date, a sum, a name) to be looked up is a
 * request, not a claim to check; the other asks of the message are answered beside it. A claim
 * put forward and then "확인 부탁" is still checked.
 */
import { describe, expect, it } from "vitest";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask } = askProbe("knowledge");

describe("확인 부탁 after a value asked for", () => {
  it("is no claim", () => {
    expect(asksToConfirm("애저 구매 금액 알려주시고 발표 날짜도 같이 확인 부탁합니다")).toBe(false);
    expect(asksToConfirm("행사 이름 좀 확인 부탁드려요")).toBe(false);
    expect(asksToConfirm("마소가 50억 넣은 거 확인 부탁")).toBe(true);
    expect(asksToConfirm("엔비디아가 100억 냈다는데 확인해 주세요")).toBe(true);
  });

  it("answers every ask of the message", () => {
    const answer = ask("엔비디아 투자 규모를 알려주시고, 발표 행사 이름도 확인 부탁드려요");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/);
    expect(answer.text).toMatch(/Ignite/);
  });
});
