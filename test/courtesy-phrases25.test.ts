/**
 * One list of greetings and thanks (courtesy-phrases.ts) read by both the polite-sentence reader
 * (courtesies.ts) and the letter reader (email-envelope.ts): a phrase the letter reader knows as
 * a greeting or a closing is a courtesy sentence too, and the other way round.
 */
import { describe, expect, it } from "vitest";
import { withoutCourtesies } from "../src/answer/fallback/courtesies.ts";
import { withoutEmailEnvelope } from "../src/answer/fallback/email-envelope.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index } = askProbe(knowledgeDir);
const question = "How much did NVIDIA invest?";

describe("shared courtesy phrases", () => {
  it("a letter's greeting and closing are courtesy sentences around the question", () => {
    // "Hiya" and "Warm regards" were the letter reader's words only.
    expect(withoutCourtesies(index, `Hiya. ${question} Warm regards.`)).toBe(question);
    expect(withoutEmailEnvelope(`Hiya,\n${question}\nWarm regards,\nTom`)).toBe(question);
  });

  it("Korean thanks end a letter and a message alike", () => {
    expect(withoutEmailEnvelope("엔비디아는 얼마를 투자했나요?\n감사하겠습니다")).toBe(
      "엔비디아는 얼마를 투자했나요?",
    );
    expect(
      withoutCourtesies(index, "안녕하세요. 엔비디아는 얼마를 투자했나요? 수고하십시오."),
    ).toBe("엔비디아는 얼마를 투자했나요?");
  });

  it("leaves a sentence that asks, and a message with no courtesy, as they are", () => {
    expect(withoutCourtesies(index, `Thanks, but ${question}`)).toBe(`Thanks, but ${question}`);
    expect(withoutEmailEnvelope(question)).toBe(question);
  });
});
