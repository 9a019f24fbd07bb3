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

  it("still finds a marker, however written, after its cheap tests", () => {
    // The markers' words are looked for before the marker itself: each spelling is still dropped.
    for (const [message, asked] of [
      ["ill ask this: when did the cloud pact get signed", "when did the cloud pact get signed"],
      ["Quick one. ill ask this: who signed first", "who signed first"],
      ["I'll ask you this, what did the chip maker put in", "what did the chip maker put in"],
      ["Can I ask something: who pays the cloud bill", "who pays the cloud bill"],
      ["그래서 제 질문은 칩 회사가 얼마 냈냐는 거예요", "칩 회사가 얼마 냈냐는 거예요"],
    ]) {
      expect(askingUnits(message as string).at(-1)?.text, message).toBe(asked);
    }
    // No mark where a sentence may end and no marker word: the message is one unit.
    expect(askingUnits("how big was the chip pledge in the end").map((unit) => unit.text)).toEqual([
      "how big was the chip pledge in the end",
    ]);
  });
});
