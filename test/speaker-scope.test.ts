/**
 * What a party said, when the facts quote no word of theirs: another speaker's quote, or the
 * check of the article's unnamed source, is not their words. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a party asked to have said something", () => {
  it("is not covered when the facts only speak of it", () => {
    for (const question of [
      "so what has openai said in response to all of this",
      "How did Amazon respond to Claude landing on Azure?",
      "아마존 측은 이번 발표 두고 뭐라고 했음?",
      "구글의 공식 발언 같은 건 없었어?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/나델라|Nadella|critical|중요한 파트너/u);
    }
  });

  it("names the speaker and the saying in the answer", () => {
    expect(ask("what did amazon say about the azure news").text).toMatch(/Amazon's statement/u);
    expect(ask("오픈AI 측은 뭐라 했대?").text).toMatch(/오픈AI의 발언/u);
  });

  it("is answered when the facts quote that speaker, or the speaker's company", () => {
    for (const question of [
      "what has satya said regarding openai",
      "마이크로소프트는 오픈AI에 대해 뭐라고 했어?",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });

  it("leaves the party spoken of alone: what was said about it is still answered", () => {
    for (const question of [
      "what did nadella tell reporters about openai?",
      "사티아가 오픈에이아이 두고 뭐라 했지",
    ]) {
      expect(ask(question).text, question).toMatch(/critical|중요한 파트너/u);
    }
  });

  it("is no saying when the party is only mentioned", () => {
    expect(ask("기사에서 구글은 어떻게 언급돼?").abstained).toBe(false);
  });
});

describe("a person pointed back to after a part about them", () => {
  it("is that person, whom the knowledge lacks", () => {
    const answer = ask("Did Sam Altman react to the Anthropic news? What did he say exactly?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/Nadella|critical/u);
  });
});
