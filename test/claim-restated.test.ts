/**
 * A claim that restates a fact with no figure, in the asker's own words, is a yes with that fact
 * when the confirmation checks settle nothing; a claim that says anything against a fact never
 * is. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const firstSentence = (question: string) => ask(question).text.split(/(?<=[.!?])\s|\n/u)[0] ?? "";

describe("a restated fact", () => {
  it("is confirmed, yes first", () => {
    expect(
      firstSentence("앤트로픽 모델을 엔비디아 칩에 맞게 같이 최적화한다는 거 사실임?"),
    ).toMatch(/^맞아요/);
    expect(
      firstSentence("So NVIDIA and Anthropic will jointly optimise models for NVIDIA chips, yeah?"),
    ).toMatch(/^Yes/);
    expect(
      firstSentence("나델라 CEO가 오픈AI를 여전히 중요한 파트너라고 불렀다는데 진짜?"),
    ).toMatch(/^맞아요/);
    expect(firstSentence("github copilot keeps claude in it, correct?")).toMatch(/^Yes/);
  });

  it("reads past a lead-in, a title and a southern ending", () => {
    expect(
      firstSentence("From what I understand, GitHub Copilot still offers Claude. Is that so?"),
    ).toMatch(/^Yes/);
    expect(firstSentence("나델라 씨가 오픈AI는 여전히 중요한 파트너라고 했다는디 맞지?")).toMatch(
      /^맞아요/,
    );
  });

  it("keeps a word the fact says itself ('the only frontier model')", () => {
    expect(
      firstSentence("claude ends up as the only frontier model on all three big clouds, right?"),
    ).toMatch(/^Yes/);
  });
});

describe("a claim against a fact", () => {
  it("is never a yes here", () => {
    for (const question of [
      "깃허브 코파일럿에서 클로드 이제 못 쓰는 거지?",
      "Claude is leaving GitHub Copilot, right?",
      "나델라가 오픈AI랑은 끝이라고 했다던데 맞아?",
    ]) {
      expect(firstSentence(question), question).not.toMatch(/^(?:Yes|맞아요)/);
    }
  });

  it("leaves money and the article's own words to their own checks", () => {
    expect(firstSentence("Does NVIDIA get any money back from Anthropic, yes?")).not.toMatch(
      /^Yes: money goes round/,
    );
  });
});

describe("slang for leaving a partner aside", () => {
  it("is a claim of an ending, which the fact that it goes on answers no", () => {
    expect(firstSentence("lol is openai being sidelined by microsoft now?")).toMatch(/^No/);
    expect(firstSentence("마소한테 오픈AI 이제 뒷전임?")).toMatch(/^아니에요/);
  });
});
