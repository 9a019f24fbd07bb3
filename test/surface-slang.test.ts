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
