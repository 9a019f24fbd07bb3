/**
 * Whether the article names someone, asked yes or no ("does the piece name the expert?", "전문가
 * 이름 기사에 나와있지?"): a no to named, a yes to unnamed, with the fact that says so; whose name
 * is asked is the word before it ("행사 이름", "CEO 이름" are not the expert's). And what the
 * article is about, asked "무엇에 대해서 이야기해?". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("whether the article names someone", () => {
  it("says no when asked whether the unnamed one is named", () => {
    for (const question of [
      "is the expert actually named anywhere in the piece?",
      "did the blog identify who the tech expert was?",
      "so does the post name the analyst behind that quote",
      "the analyst quoted is named in the post, yeah?",
      "그 기술 전문가 실명이 글에 나와요?",
      "전문가 이름 기사에 적혀 있나요?",
      "돈 돈다고 한 그 전문가 이름 글에 나와 있음?",
      "해당 전문가 실명으로 나온 거 맞죠?",
    ]) {
      says(question, /^(?:No|아니에요)/u);
      expect(ask(question).text, question).toMatch(/unnamed|익명/u);
    }
  });

  it("says yes when asked whether they are unnamed", () => {
    for (const question of [
      "the expert is anonymous in the article, right?",
      "전문가는 익명이죠?",
      "그 분석가 이름 없는 사람 맞지?",
    ]) {
      says(question, /^(?:Yes|맞아요)/u);
    }
  });

  it("leaves another's name, and the name asked as a value, to the rest", () => {
    // The name of the event or the chief is not the expert's: no verdict on naming.
    for (const question of [
      "기사에 행사 이름 나와요? 인용하려고요",
      "앤트로픽 대표 이름 글에 나와? 코멘트 인용하게",
    ]) {
      expect(ask(question).text, question).not.toMatch(/^(?:아니에요|맞아요)/u);
    }
    expect(ask("what's that expert's name?").text).not.toMatch(/^(?:No|Yes)/u);
  });
});

describe("what the article is about", () => {
  it("gives the summary", () => {
    for (const question of [
      "이 글은 뭐에 대해 말하는 거야?",
      "기사가 무엇에 관해 쓴 건지 짧게 알려줘",
      "이 기사 주제가 뭐예요?",
      "이 기사는 무엇에 대해서 다루는 글인가요? 쉽게요",
      "what's the piece about, in short?",
      "what is this blog post about, briefly",
    ]) {
      says(question, /앤트로픽|Anthropic/u);
      expect(ask(question).text, question).toMatch(/엔비디아|NVIDIA/u);
    }
  });
});
