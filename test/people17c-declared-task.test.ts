/**
 * A question that declares another task up front (grammar, spelling, coding, homework) is off
 * topic even when its example holds a word of the story; a person's take or words asked of
 * someone the facts never quote is not covered, a title between the name and the particle
 * included. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwayEach, answersEach } = askProbe(knowledgeDir);

describe("a question that declares another task", () => {
  it("is turned away, story words in its example or not", () => {
    turnsAwayEach([
      '문법 질문인데 "Nvidia invest to Anthropic" 맞는 문장이야?',
      'quick grammar q - is "Microsoft have invested" grammatically correct?',
      "spelling check: is it 'Antrhopic' or 'Anthropic'?",
      "맞춤법 질문: 마이크로소프트가 투자했읍니다 맞아?",
      "수학 숙제인데 엔비디아 주가 그래프 기울기 구하는 법",
    ]);
  });

  it("leaves the story's own questions alone", () => {
    answersEach(["How much is NVIDIA investing?", "마소는 앤트로픽에 얼마 투자함?"]);
  });

  it("reads a task the asker uses something for as a reason, not the task asked", () => {
    answersEach([
      "클로드 코파일럿에서 계속 돼요? 딸이 코딩 과제에 쓰거든요",
      "Claude still in GitHub Copilot? My daughter uses it for coding homework.",
    ]);
    turnsAwayEach(["코딩 과제 좀 봐줘", "coding homework help: loops in python?"]);
  });
});

describe("a person's take asked of someone the facts never quote", () => {
  it("is not covered", () => {
    for (const question of [
      "what does sam altman think about the microsoft anthropic deal",
      "오픈AI 대표는 이 딜 어떻게 생각함?",
      "구글 CEO는 이번 투자에 대해 뭐라 했나",
      "오픈AI 사장님은 이번 발표 두고 뭐라 하셨어?",
      "what does dario make of the deal?",
      "what does jensen make of the 10 billion investment?",
      "Dario's reaction to the circular investment talk?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/나델라|Nadella/u);
    }
  });

  it("keeps the words the facts do quote", () => {
    answersEach(["what does nadella think of openai now", "나델라는 오픈AI에 대해 뭐라고 했어?"]);
  });
});

describe("the writer asked as a kind of person", () => {
  it("is who wrote it, not covered, never the quoted expert", () => {
    for (const question of [
      "is the writer of the article an expert?",
      "작성자가 유명한 애널리스트야?",
      "글쓴이는 업계 전문가임?",
      "is the author a famous wall street analyst or just a blogger",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/unnamed expert|익명/u);
    }
  });

  it("leaves the expert's own questions answered", () => {
    answersEach(["does the article name the expert?", "who said circular investment?"]);
  });
});
