/**
 * Advice asked in new words: "better to / for invest" which of two shares, "홀딩이 맞을까 손절이
 * 맞을까" (which trade of the asker's own is right); and "Short q:", a label whose "short" sells
 * nothing. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("which trade of the asker's own", () => {
  it("is advice, turned away", () => {
    turnsAwayEach([
      "which one is better for investing long term, microsoft or nvidia? microsoft right?",
      "엔비 물렸는데 지금 매도가 나을까요",
      "MS 딜 나왔는데 홀딩이 맞나요?",
    ]);
  });
});

describe("a question labelled short", () => {
  it("is the question after the label", () => {
    says(
      "Short q: how much is NVDA putting into anthropic?",
      /^NVIDIA committed to invest up to \$10 billion/u,
    );
  });
});
