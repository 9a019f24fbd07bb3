/**
 * Off-topic questions that happen to use one of the story's words: a request for a joke or a poem
 * about a company, a generic pronoun, a verb of the story ("넣었어") in a question about football.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const abstains = (question: string) => answerFromKnowledge(index, question).abstained;

describe("requests for something other than facts", () => {
  it("are turned away, whatever company they name", () => {
    for (const question of [
      "tell us a funny joke about azure",
      "Write a short poem on Microsoft and Anthropic's partnership",
      "make up a song about nvidia chips",
      "앤트로픽으로 삼행시 해줘",
      "엔비디아 관련 아재개그 하나만",
      "write me a haiku about the Azure deal",
      "마이크로소프트 앤트로픽 딜로 가사 한 곡 만들어줘",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leave questions that name the models alone", () => {
    for (const question of ["Is Haiku 4.5 on Foundry?", "소넷 4.5도 쓸 수 있어?"]) {
      expect(abstains(question), question).toBe(false);
    }
  });
});

describe("a claim that only shares a verb with the story", () => {
  it("is off topic when the words the knowledge lacks outnumber it", () => {
    for (const question of [
      "이강인 오늘 골 넣었어?",
      "did the Celtics put up 120 points last night?",
      "What's the latest on the French election?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("is still checked when it names a party or an event of the story", () => {
    for (const question of [
      "The deal was announced at Build?",
      "엔비디아가 어제 돈 넣었어?",
      "Microsoft put in 5 billion, right?",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });
});

describe("a claim whose only known word is its tag (conf7)", () => {
  it("is off topic: the tag asks yes or no, it is not the topic", () => {
    for (const question of [
      "The Dodgers swept the series, right?",
      "Pluto is not a planet anymore, correct?",
      "주말에 부산에 눈 온대, 맞지?",
      "Gold hit a record high yesterday, true?",
      "어제 야구 한화가 이겼다며, 맞아?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("still asks whether the article is right when nothing else is said", () => {
    for (const question of ["Is the article right?", "기사 맞아?", "Is the intro correct?"]) {
      expect(abstains(question), question).toBe(false);
    }
  });
});

describe("the word that carries the question", () => {
  it("turns a question away when the thing it asks for is a word the knowledge lacks", () => {
    for (const question of [
      "is there a lockup on the nvidia shares",
      "Is there any escrow on the Microsoft money?",
      "what's the vesting cliff for microsoft's stake",
      "What is NVIDIA's annual capex?",
      "does anthropic get a veto over the azure pricing",
      "what severance does anthropic owe microsoft",
      "MS 지분 매각제한 기간 있어?",
      "엔비디아 투자 중 주식 비율은?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("answers when the unknown words only modify or surround a known one", () => {
    for (const question of [
      "what's the whole circular money thing about",
      "what's anthropic's shiny new valuation",
      "what's special about claude on the three clouds",
      "what's the sum of the two investments",
      "What year does the article say the market gets more complex?",
      "기사에서 틀린 데 있어?",
      "엔비디아 투자 금액은?",
      "is there a caveat on the 1 GW?",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });

  it("turns away a condition the record never gives", () => {
    for (const question of [
      "what happens to microsoft's stake if anthropic gets acquired",
      "does nvidia get its money back if the partnership collapses?",
      "엔비디아 돈은 앤트로픽이 상장 폐지되면 어떻게 돼?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("keeps conditions made of known words, and the asker's own asides", () => {
    for (const question of [
      "if microsoft and nvidia put in 15b together, is the intro wrong?",
      "if i got it right, nvidia put in 10b?",
      "why does microsoft invest if anthropic is paying it anyway",
      "Is Claude available through Azure?",
      "Is the 1 GW powered by NVIDIA systems?",
      "엔비디아가 처음으로 기술 파트너십을 맺은 거 맞아?",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });

  it("answers when the asked thing is known, whatever chatter surrounds it", () => {
    for (const question of [
      "what's the circular investment thing people on twitter keep arguing over",
      "ok so what's this circular money thing my uncle keeps ranting about",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });

  it("keeps off topic a known word asked of an unknown thing", () => {
    for (const question of ["what's the capital of peru", "what's the latest on the world cup"]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("names the phrase it does not cover", () => {
    // A word no relation of the knowledge holds ("lockup" is one of the share terms, "clawback"
    // one of the contract terms now).
    const answer = answerFromKnowledge(index, "is there a ratchet on the nvidia shares");
    expect(answer.text).toMatch(/doesn't cover NVIDIA's ratchet/);
    const known = answerFromKnowledge(index, "is there a clawback on the nvidia shares");
    expect(known.text).toMatch(/doesn't cover NVIDIA's detailed contract terms/);
  });
});

describe("code to write, fix or read (near12)", () => {
  it("is turned away, whatever numbers or names sit in the code", () => {
    for (const question of [
      "pls debug: for n in range(15): print(n * 10)",
      "why does console.log(nvidia) print undefined",
      "write me a typescript function that returns 30 billion",
      "refactor this sql: SELECT deal, amount FROM investments WHERE amount > 5",
      "my script crashes when it reads the microsoft csv",
      "이 코드 좀 고쳐줘 let total = 5 + 10",
      "엔비디아 주가 긁어오는 스크립트 짜줘",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leaves questions about the story's products and figures alone", () => {
    for (const question of [
      "does Claude stay in GitHub Copilot?",
      "what range is nvidia's investment, up to 10B?",
      "who picked Anthropic's models for Foundry?",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });
});
