/**
 * Slang, sixth pass (slang8): slang verbs given once in their dictionary form and read in every
 * chat form, more ways of naming a company by its product or boss, and the new vocabulary.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { englishVerbForms } from "../src/search/english-conjugate.ts";
import { buildGlossary } from "../src/search/glossary.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { verbForms } from "../src/search/korean-conjugate.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);
const says = (question: string, pattern: RegExp) => {
  const answer = ask(question);
  expect(answer.abstained, question).toBe(false);
  expect(answer.text, question).toMatch(pattern);
};
const turnsAway = (question: string) => expect(ask(question).abstained, question).toBe(true);

describe("a verb's chat forms, derived from its dictionary form", () => {
  it("gives a Korean verb's forms: vowel stems, consonant stems, 르 verbs, 하다 verbs", () => {
    expect(verbForms("던지다")).toEqual(expect.arrayContaining(["던져", "던졌", "던진", "던짐"]));
    expect(verbForms("얹다")).toEqual(expect.arrayContaining(["얹어", "얹었", "얹은", "얹는다"]));
    expect(verbForms("지르다")).toEqual(expect.arrayContaining(["질러", "질렀", "지른"]));
    expect(verbForms("지르다")).not.toContain("지러");
    expect(verbForms("수혈하다")).toEqual(expect.arrayContaining(["수혈해", "수혈했", "수혈함"]));
    expect(verbForms("얼마 던지다")).toContain("얼마 던졌");
  });

  it("never makes a bare one-syllable stem a form (박 is a surname)", () => {
    expect(verbForms("박다")).not.toContain("박");
    expect(verbForms("박다")).toEqual(expect.arrayContaining(["박은", "박아", "박았"]));
  });

  it("gives an English verb phrase's -s, -ed and -ing forms", () => {
    expect(englishVerbForms("pony up")).toEqual(
      expect.arrayContaining(["ponies up", "ponied up", "ponying up"]),
    );
    expect(englishVerbForms("drop")).toEqual(expect.arrayContaining(["dropped", "dropping"]));
    expect(englishVerbForms("splash out")).toContain("splashes out");
  });

  it("lets a glossary verb entry match every form, with endings and helper verbs", () => {
    const glossary = buildGlossary([
      { say: ["얹다"], means: "투자", verb: true },
      { say: ["pony up"], means: "invest", verb: true },
    ]);
    expect(glossary.rewrite("얼마 얹었냐")).toBe("얼마 투자");
    expect(glossary.rewrite("얹어줌")).toBe("투자");
    expect(glossary.rewrite("얹혀살기")).toBe("얹혀살기");
    expect(glossary.rewrite("they ponied up")).toBe("they invest");
    expect(glossary.rewrite("ponying up fast")).toBe("invest fast");
  });
});

describe("more ways of naming a company by something of its own", () => {
  const glossary = buildGlossary([
    { say: ["widget", "jo"], means: "acme", owner: true },
    { say: ["위젯"], means: "애크미", owner: true },
  ]);

  it("reads chat forms: ppl, co, inc, lab, guy, 집, 진영", () => {
    expect(glossary.rewrite("the widget ppl")).toBe("the acme");
    expect(glossary.rewrite("widgetco")).toBe("acme");
    expect(glossary.rewrite("widget inc said")).toBe("acme said");
    expect(glossary.rewrite("jo's lab")).toBe("acme");
    expect(glossary.rewrite("위젯집")).toBe("애크미");
    expect(glossary.rewrite("위젯 진영이")).toBe("애크미");
  });

  it("answers with the company's fact (knowledge/glossary.json's names)", () => {
    says("how much did the surface ppl pony up", /5 billion/);
    says("지포스 진영이 앤트에 꽂은 금액", /100억/);
    says("what's dario's lab valued at", /350 billion/);
    says("what did outlook's parent company yeet into anthropic", /5 billion/);
  });
});

describe("money verbs (knowledge/glossary.json)", () => {
  it("finds the investment or the Azure spend through them", () => {
    says("엔비디아가 앤트로픽에 보탠 돈 얼마", /100억/);
    says("마소 얼마 찔러줬음", /50억/);
    says("nvidia coughed up how much for anthropic", /10 billion/);
    says("앤트가 애저에 퍼부은 돈", /300억/);
  });

  it("turns away the same verbs about other things", () => {
    turnsAway("how do i cough up phlegm");
    turnsAway("pony up for the school trip how much");
    turnsAway("토토 배팅 얼마 해야 돼");
    turnsAway("얼굴 부은 거 빼는 법");
  });
});

describe("a boss's name as his company, only when money or business is talked of", () => {
  const glossary = buildGlossary([
    { say: ["jo", "조"], means: "acme", when: ["invest", "돈"], unless: ["say", "말"] },
  ]);

  it("reads the name as the company when a word of `when` is there and none of `unless`", () => {
    expect(glossary.rewrite("how much did jo invest")).toBe("how much did acme invest");
    expect(glossary.rewrite("조가 넣은 돈")).toBe("acme 넣은 돈");
    expect(glossary.rewrite("what did jo say about the investment")).toBe(
      "what did jo say about the investment",
    );
    expect(glossary.rewrite("who is jo")).toBe("who is jo");
  });

  it("answers with the company's fact (knowledge/glossary.json's bosses)", () => {
    says("how much did jensen pump into anthropic", /10 billion/);
    says("젠슨황이 앤트에 넣은 돈 얼마임", /100억/);
    says("satya's money into anthropic, how much", /5 billion/);
  });

  it("reads buying words as the Azure purchase only when a party of the story is named", () => {
    says("앤트로픽이 애저 컴퓨팅 얼마치 샀냐", /300억/);
    turnsAway("어제 운동화 샀음");
    turnsAway("아이폰 사는 게 어때");
  });

  it("keeps the man when his own words or his person are asked", () => {
    turnsAway("who is jensen huang");
    turnsAway("젠슨 황 나이 몇 살");
    turnsAway("jensen's net worth in billions");
  });
});

describe("emoji that stand for words (knowledge/glossary.json)", () => {
  it("reads money, loop, power and question emoji as their words", () => {
    says("마소 💰 얼마 넣음", /50억/);
    says("the 🔄 thing, what is it", /circular|loop/i);
    says("⚡ how many gigawatts", /1 gigawatt/);
    says("마소가 앤트에 50억 넣음❓", /^맞아요/);
  });

  it("turns away the same emoji about other things", () => {
    turnsAway("💰💰💰");
    turnsAway("🔄 버튼 어디 있어");
    turnsAway("how much 💸 for a new phone");
  });
});
