import { describe, expect, it } from "vitest";
import { askingUnits, isOneUnit } from "../src/answer/fallback/preamble.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

describe("the story reading's cheap scan", () => {
  it("says one unit only where askingUnits finds one or none", () => {
    const questions = evalQuestions();
    let skipped = 0;
    for (const question of questions) {
      if (!isOneUnit(question)) continue;
      skipped++;
      expect(askingUnits(question).length, question).toBeLessThan(2);
    }
    // Most questions are one sentence: the scan must spare most of them the splitting.
    expect(skipped).toBeGreaterThan(questions.length / 2);
  });

  it("leaves every kind of several-unit message to askingUnits", () => {
    for (const message of [
      "My nephew works at AWS. Amazon is still Anthropic's main cloud, yeah?",
      "엔비디아가 투자했대요\n얼마 넣었어?",
      "My question is simply: how much did NVIDIA invest?",
      "그래서 궁금한 건데 마소는 얼마 냈어?",
      "I was wondering how much Microsoft put in",
      "제 조카가 구글에서 일하는데요 이번 뉴스 보고 정말 많이 놀랐대요 그런데 마이크로소프트는 앤트로픽에 얼마나 투자했어요",
    ]) {
      expect(isOneUnit(message), message).toBe(false);
    }
    expect(askingUnits("My nephew works at AWS. Is Amazon still the main cloud?").length).toBe(2);
  });
});
