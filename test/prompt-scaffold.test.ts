/**
 * A question written as a prompt ("Q: …\nA:", "Q1: … Q2: …", "질문: …\n답:"): the labels and the
 * empty answer slot are no words of the question.
 */
import { describe, expect, it } from "vitest";
import { withoutPromptScaffold } from "../src/answer/fallback/prompt-scaffold.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask, says } = askProbe("knowledge");

describe("withoutPromptScaffold", () => {
  it("drops the labels and the empty answer slot", () => {
    expect(withoutPromptScaffold("Q: is the azure buy 30 billion?\nA:")).toBe(
      "is the azure buy 30 billion?",
    );
    expect(withoutPromptScaffold("Question 1: who invests?\nQuestion 2: how much?\nAnswer:")).toBe(
      "who invests?\n\nhow much?",
    );
    expect(withoutPromptScaffold("질문: 엔비 투자 상한은?\n답변:")).toBe("엔비 투자 상한은?");
    expect(withoutPromptScaffold("q1: 마소 돈 얼마 q2: 발표일 언제 a:")).toBe(
      "마소 돈 얼마 \n발표일 언제",
    );
  });

  it("leaves a question with no labels as it is", () => {
    expect(withoutPromptScaffold("Note: the article says 30B, true?")).toBe(
      "Note: the article says 30B, true?",
    );
    expect(withoutPromptScaffold("who pays whom")).toBe("who pays whom");
    expect(withoutPromptScaffold("A:")).toBe("A:");
  });
});

describe("a question written as a prompt", () => {
  it("answers the question, not the labels", () => {
    says("Q: Microsoft's stake is capped at five billion dollars, yes?\nA:", /^Yes/);
    says("질문: 앤트로픽이 애저에 쓰기로 한 돈?\n답:", /300억/);
    says("Q1: what does NVIDIA put in?\nQ2: and the date it was announced?\nA:", /10 billion/);
    says("Q1: what does NVIDIA put in?\nQ2: and the date it was announced?\nA:", /18 November/);
  });

  it("still turns away an off-topic prompt", () => {
    expect(ask("Q: what is the capital of Peru?\nA:").abstained).toBe(true);
  });
});
