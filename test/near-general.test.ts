/**
 * Near questions answered with a nearby fact: another person's words or another company's money
 * after "not covered". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("people and companies the knowledge lacks", () => {
  it("are found with their Korean full name written without its space", () => {
    for (const question of ["샘올트먼도 이번에 돈 댔어?", "일론머스크는 이 발표에 대해 뭐래?"]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("stay themselves when what they said is asked, money talk or not", () => {
    for (const question of [
      "젠슨 황은 이번 투자 두고 뭐라 했음?",
      "how did jensen react to putting money in anthropic?",
      "젠슨황 이번 투자 관련 의견 있었어?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/나델라|Nadella/u);
    }
  });
});

describe("a part after a part the knowledge does not cover", () => {
  it("is not answered with another party's fact when it asks nothing new", () => {
    for (const question of [
      "What did Sam Altman make of it? I've only read Nadella's comments.",
      "젠슨 황은 뭐라고 했음? 발언 있었음?",
      "오픈AI 대표 입장은 뭐였나요? 나델라 말만 읽었어요.",
      "When will NVIDIA wire the money? The date?",
      "엔비디아 돈 언제 들어옴? 정확한 날짜",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/나델라는|Nadella said|2025/u);
    }
  });

  it("is still answered when it asks something of its own", () => {
    expect(ask("발표한 곳이랑 날짜 알려줄래?").text).toMatch(/18/u);
    expect(ask("When did they announce it? The date?").text).toMatch(/18/u);
    expect(ask("What did Nadella say? I know he runs Microsoft.").text).toMatch(
      /critical partner/u,
    );
  });
});

describe("advice in the shapes of a trader's chat", () => {
  it("is turned away", () => {
    for (const question of [
      "thinking about nvda calls into next week, thoughts?",
      "have 15k sitting idle — msft or nvda?",
      "which of them moons more, nvda or msft",
      "Would we be wise to stick our savings in Microsoft?",
      "오백만원 있는데 마소 엔비 중에 뭐가 나음?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("leaves the story's own comparisons and figures alone", () => {
    expect(ask("msft or nvda: who paid more into Anthropic?").text).toMatch(/NVIDIA|엔비디아/u);
    expect(ask("5 bn is msft or nvda?").text).toMatch(/Microsoft|마이크로소프트/u);
    expect(ask("so anthropic valuation went to the moon, whats the number").text).toMatch(/350/u);
  });
});

describe("a topic named first and pointed back at", () => {
  it("asks of that topic: an outside party stays not covered", () => {
    for (const question of [
      "how about meta then, what did they put in?",
      "Is AMD involved, and how much are they paid?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("answers a party the story covers", () => {
    expect(ask("how about microsoft then, what did they put in?").text).toMatch(/5 billion/u);
  });

  it("reads a claim's lead-in ended by a full stop after a question as a remark", () => {
    const answer = ask(
      "For how many years does the Azure commitment run? Presumably they won't spend it at once.",
    );
    expect(answer.abstained).toBe(true);
  });
});

describe("model specifications and more companies the record never names (near12)", () => {
  it("are not covered", () => {
    for (const question of [
      "opus 4.1 context window pls",
      "하이쿠 4.5 파라미터 몇 개야?",
      "are nebius or crusoe hosting any anthropic compute?",
      "허깅페이스에도 클로드 올라와?",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });
});

describe("what a party gets for its figure, when no fact covers it (near12)", () => {
  it("is not covered, not a correction of which way the money goes", () => {
    for (const question of [
      "so msft gets a seat on the board for the $5B?",
      "does nvidia receive voting rights for its 10 billion?",
    ]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/other way/u);
    }
  });

  it("still corrects a claim of which way the figure goes", () => {
    expect(answerFromKnowledge(index, "Anthropic put $10B into NVIDIA, right?").text).toMatch(
      /^No/u,
    );
  });
});

describe("a bonus or pay package", () => {
  it("is a person's pay, which the knowledge does not give", () => {
    for (const question of [
      "did jensen get a bonus out of the anthropic investment?",
      "나델라 이번 건으로 보너스 얼마 받아?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/\$10 billion|100억/u);
    }
  });
});

describe("which data centre, and where it is built", () => {
  it("is a location, not covered, said once for two parts that ask it", () => {
    const answer = ask("1GW 용량은 어느 데이터 센터, 어느 나라에 깔려?");
    expect(answer.abstained).toBe(true);
    expect(answer.text.match(/위치·장소/gu)?.length).toBe(1);
  });
});

describe("a company's name written in two words (구글 클라우드)", () => {
  it("is one name, not a part of its own beside the pair's deal", () => {
    const answer = ask("구글 클라우드하고 앤트로픽 TPU 공급 계약 금액 얼마?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/세 주요 클라우드|300억|1기가와트/u);
  });
});
