/**
 * What kind of quantity a figure is (money, power, compute) or its unit, asked outright: answered
 * by the figure's own fact with its unit, never read as the figure asked in another unit.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksFigureKind } from "../src/answer/fallback/figure-kind-asked.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("asksFigureKind", () => {
  it("reads a choice between kinds, or the unit asked", () => {
    for (const text of [
      "is the 2gw a money figure or electricity?",
      "that 5 bil, dollars or won??",
      "is it compute vs power capacity",
      "what does the 3 gw measure",
      "which unit is the 40 billion in",
      "2기가와트는 돈이야 전력이야?",
      "그 숫자 전기 얘긴지 연산 얘긴지 모르겠음",
      "전기 말하는 건지 연산 말하는 건지",
      "달러인가요 원화인가요",
      "전력 아니면 컴퓨팅?",
      "20억은 무슨 단위임?",
    ]) {
      expect(asksFigureKind(text), text).toBe(true);
    }
  });

  it("leaves a conversion, a plain or and one kind alone", () => {
    for (const text of [
      "how many dollars is 2 gw",
      "is it microsoft or nvidia",
      "power or more power",
      "전력과 컴퓨팅 모두 늘어나나요",
      "2기가와트면 몇 억 달러야?",
    ]) {
      expect(asksFigureKind(text), text).toBe(false);
    }
  });
});

const GIGAWATT_FACT = /compute|컴퓨팅/u;

describe("the kind of a figure, answered", () => {
  it("names what the gigawatt figure is, with its unit", () => {
    for (const question of [
      "the one gigawatt, is that money or electricity??",
      "1gw = money or compute capacity?",
      "what does the 1 gigawatt even measure",
      "1기가와트 그거 돈이냐 전기냐",
      "1기가는 대체 뭐의 1기가임?",
      "엔비 쪽 1기가와트는 단위가 뭐예요?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(GIGAWATT_FACT);
      expect(answer.text, question).toMatch(/gigawatt|기가와트/u);
    }
  });

  it("takes a kind asked after the figure's question as part of it", () => {
    for (const question of [
      "1기가가 무슨 뜻이에요? 전기 말하는 건지 연산 말하는 건지",
      "what's the 1 GW about? power or compute?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(GIGAWATT_FACT);
      expect(answer.text, question).not.toMatch(/다루지 않는|doesn't cover/u);
    }
  });

  it("names the unit of a sum", () => {
    const answer = ask("50억은 무슨 단위예요?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/달러/u);
  });

  it("keeps a figure asked in a unit the sources do not give not covered", () => {
    for (const question of [
      "1기가와트면 몇 억 달러어치야?",
      "how many dollars is the 1 gw worth",
      "1 GW is how many petaflops",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });
});
