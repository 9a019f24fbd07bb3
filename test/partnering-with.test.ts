/**
 * "앤트로픽과 맺은 협력의 내용과 투자 규모": 과 / 와 before a verb of partnering means "with", not a
 * list; the list after it is still split into its asks.
 */
import { describe, expect, it } from "vitest";
import { splitNounList } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask } = askProbe("knowledge");

describe("과 / 와 meaning 'with'", () => {
  it("splits no item off", () => {
    expect(splitNounList("엔비디아와 손잡은 앤트로픽의 투자 유치액")).toEqual([
      "엔비디아와 손잡은 앤트로픽의 투자 유치액",
    ]);
    expect(splitNounList("앤트로픽과 함께 하는 사업 범위와 돈 규모")).toEqual([
      "앤트로픽과 함께 하는 사업 범위와",
      "돈 규모",
    ]);
  });

  it("answers both asks of the list after it", () => {
    const answer = ask(
      "엔비디아가 앤트로픽과 체결한 파트너십의 세부 내용과 출자 금액을 각각 정리해 주세요",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/);
    expect(answer.text).toMatch(/공동 설계|최적화/);
  });
});
