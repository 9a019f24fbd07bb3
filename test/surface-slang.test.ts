/**
 * Slang, fifth pass (slang7): a company named by something of its own ("X's company", "X네"),
 * Korean helper verbs after a slang verb, and chat tags. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildGlossary } from "../src/search/glossary.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);
const says = (question: string, pattern: RegExp) => {
  const answer = ask(question);
  expect(answer.abstained, question).toBe(false);
  expect(answer.text, question).toMatch(pattern);
};

describe("a company named by its product or its boss", () => {
  const glossary = buildGlossary([
    { say: ["widget", "jo"], means: "acme", owner: true },
    { say: ["위젯"], means: "애크미", owner: true },
  ]);

  it("reads the possessive phrases of a name as the company, in both languages", () => {
    expect(glossary.rewrite("the company behind widget")).toBe("the acme");
    expect(glossary.rewrite("jo's crew said")).toBe("acme said");
    expect(glossary.rewrite("maker of widget")).toBe("acme");
    expect(glossary.rewrite("위젯네가 뭐 함")).toBe("애크미 뭐 함");
    expect(glossary.rewrite("위젯 만든 회사")).toBe("애크미");
  });

  it("leaves the name alone, and a longer word that starts with it", () => {
    expect(glossary.rewrite("is widget good")).toBe("is widget good");
    expect(glossary.rewrite("widgetry company")).toBe("widgetry company");
    expect(glossary.rewrite("위젯네트워크")).toBe("위젯네트워크");
  });

  it("answers with the company's fact (knowledge/glossary.json's names)", () => {
    says("what did the geforce people put into anthropic", /10 billion|100억/);
    says("the people behind claude are valued at what now", /350 billion/);
    says("빌게이츠네 회사가 넣은 돈 얼마", /50억/);
    says("코파일럿 만든 데는 앤트로픽에 얼마 투자", /50억/);
  });

  it("still turns away another company named this way", () => {
    expect(ask("how much is the chatgpt maker worth").abstained).toBe(true);
    expect(ask("올트먼네 회사 몸값").abstained).toBe(true);
  });
});

describe("Korean helper verbs after a slang verb", () => {
  const glossary = buildGlossary([{ say: ["꽂아", "스폰"], means: "투자" }]);

  it("keeps the slang verb's meaning with 주다, 버리다 or 해주다 after it", () => {
    expect(glossary.rewrite("얼마 꽂아줬냐")).toBe("얼마 투자");
    expect(glossary.rewrite("꽂아버림")).toBe("투자");
    expect(glossary.rewrite("스폰해드림")).toBe("투자");
  });

  it("leaves a longer word alone", () => {
    expect(glossary.rewrite("꽂아주세요네")).toBe("꽂아주세요네");
  });

  it("finds the investment through them (knowledge/glossary.json)", () => {
    says("마소가 얼마 꽂아준 거임", /50억/);
    says("엔비 얼마 스폰해줬음", /100억/);
  });
});

describe("money, rise and loop slang (knowledge/glossary.json)", () => {
  it("reads hating on / 싫어함 about the deal as the writer's worry", () => {
    says("is the columnist not a fan of this deal", /circular|worry/i);
    says("글쓴이가 이번 거래 싫어하는 듯?", /순환|우려/);
  });

  it("reads 현질, 뒷배 and 얼마치 as money put in", () => {
    says("엔비디아 현질 금액 알려줘", /100억/);
    says("마소 뒷배 서준 돈", /50억/);
    says("앤트로픽이 애저 얼마치 사기로 했더라", /300억/);
  });

  it("reads 태우다 as money either way: put in, or spent on Azure", () => {
    says("엔비가 태운 금액 얼마였음", /100억/);
    says("앤트로픽이 애저 쓰려고 태우는 돈", /300억/);
  });

  it("reads 떡상 as a rise and glow up as one", () => {
    says("앤트로픽 몸값 떡상 정도", /3500억/);
    says("anthropic's glow up, what's it valued at", /350 billion/);
    says("앤트 몸값 떡상해서 어디까지 갔나", /3500억/);
  });

  it("reads a pyramid or Ponzi scheme and a money glitch as the circular structure", () => {
    says("다단계 같다는 우려 기사에서 뭐라고 함", /순환/);
    says("money glitch between the three firms, what does the piece call it", /circular/i);
  });

  it("reads a deal that went public as announced, but not a company that did", () => {
    says("when did the partnership go public", /18 November|November 18/);
    expect(ask("did nvidia go public before 2000").abstained).toBe(true);
  });

  it("turns away the same slang about other things", () => {
    expect(ask("피자 땡기는데 추천 좀").abstained).toBe(true);
    expect(ask("모바일 게임 현질 얼마가 적당함").abstained).toBe(true);
    expect(ask("how do i report a pyramid scheme").abstained).toBe(true);
  });
});

describe("English chat tags", () => {
  it("reads based?, we good? and legit? as asking to confirm", () => {
    expect(ask("anthropic buys 30 billion of azure, based?").text).toMatch(/^Yes/);
    expect(ask("nvidia went in for 10b, we good?").text).toMatch(/^Yes/);
    expect(ask("it was announced at build, legit?").text).toMatch(/^No/);
  });

  it("reads 'facts or cap?' and 'real or fake' as one yes/no tag, not as a choice", () => {
    expect(ask("microsoft is in for 5 billion, true or cap?").text).toMatch(/^Yes/);
    expect(ask("claude is on google cloud too, fake or real").text).toMatch(/^Yes/);
  });

  it("still asks rather than confirms with a question word", () => {
    expect(ask("how much did msft invest, legit question").text).toMatch(/5 billion/);
  });
});

describe("a party's cut and letter-named companies", () => {
  const glossary = buildGlossary([{ say: ["'s cut"], means: "investment" }]);

  it("reads 'X's cut' right after the name, but not a cut on its own", () => {
    expect(glossary.rewrite("acme's cut?")).toBe("acme investment ?");
    expect(glossary.rewrite("a cut in costs")).toBe("a cut in costs");
    expect(glossary.rewrite("acme's cutoff")).toBe("acme's cutoff");
  });

  it("answers with the party's investment, and A사/N사 as the deal's companies (data)", () => {
    says("so what was nvidia's cut", /10 billion|100억/);
    says("A사한테 M사가 넣은 돈", /50억/);
  });
});
