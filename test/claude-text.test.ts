import { describe, expect, it } from "vitest";
import { finishedSentences, fitAnswerLength } from "../src/answer/claude/text.ts";

describe("finished sentences", () => {
  it("keeps text up to the last sentence end, in English and Korean", () => {
    expect(finishedSentences("NVIDIA invests. Microsoft inv")).toBe("NVIDIA invests.");
    expect(finishedSentences("투자합니다. 앤트로픽은")).toBe("투자합니다.");
    expect(finishedSentences("No end yet")).toBe("");
  });

  it("does not end a sentence inside a figure", () => {
    expect(finishedSentences("It is $5.")).toBe("");
    expect(finishedSentences("It is $5.5 billion. Then")).toBe("It is $5.5 billion.");
  });

  it("counts a line break and a closing quote as an end", () => {
    expect(finishedSentences("First line\nsecond")).toBe("First line");
    expect(finishedSentences("He said “yes.” And")).toBe("He said “yes.”");
  });
});

describe("fitting the answer length", () => {
  it("leaves short text as it is", () => {
    expect(fitAnswerLength("  Short.  ")).toBe("Short.");
  });

  it("cuts long text at a sentence end within the limit", () => {
    const text = `${"A sentence here. ".repeat(10)}Tail`;
    const fitted = fitAnswerLength(text, 60);
    expect(fitted.length).toBeLessThanOrEqual(60);
    expect(fitted.endsWith(".")).toBe(true);
  });

  it("cuts hard, with an ellipsis, when there is no sentence end", () => {
    const fitted = fitAnswerLength("x".repeat(100), 60);
    expect(fitted).toHaveLength(60);
    expect(fitted.endsWith("…")).toBe(true);
  });
});
