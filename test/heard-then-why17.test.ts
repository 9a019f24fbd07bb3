/**
 * What the asker heard, then why: the heard clause is the backdrop, the why is asked. Other
 * questions after a heard clause check or size what was heard. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutCircumstance } from "../src/answer/fallback/circumstance.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a why after what the asker heard", () => {
  it.each([
    "돈이 빙빙 돈다던데 마이크로소프트는 엔비디아에 왜 돈을 줘요?",
    "순환 구조라고 하는데 마소가 엔비한테 왜 돈 내는 거예요",
    "I heard the money loops back around, but why does Microsoft pay NVIDIA at all?",
    "people say it's a circle, so why is msft paying nvidia",
  ])("answers the why for %s", (question) => {
    says(question, /NVIDIA systems|엔비디아 시스템/u);
  });

  it.each([
    "클로드가 빠진다던데 맞아?",
    "엔비디아가 오픈AI에도 투자했다던데 얼마 넣었어?",
    "i heard nvidia invested too, how much was it?",
  ])("keeps the heard clause when it is what is asked: %s", (question) => {
    expect(withoutCircumstance(question)).toBeUndefined();
  });
});
