/**
 * Asks the deterministic answerer over a knowledge folder and checks what it does: the setup
 * shared by the surface tests that try phrasings one by one.
 */
import { expect } from "vitest";
import { answerFromKnowledge } from "../../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../../src/search/knowledge-index.ts";

export function askProbe(directory: string) {
  const index = buildKnowledgeIndex(loadKnowledge(directory));
  const ask = (question: string) => answerFromKnowledge(index, question);
  /** The question is answered, and the answer's text matches. */
  const says = (question: string, pattern: RegExp) => {
    const answer = ask(question);
    expect(answer.abstained, question).toBe(false);
    expect(answer.text, question).toMatch(pattern);
  };
  const turnsAway = (question: string) => expect(ask(question).abstained, question).toBe(true);
  /** The question is turned away, and the answer's text matches (what it says is not covered). */
  const turnsAwaySaying = (question: string, pattern: RegExp) => {
    const answer = ask(question);
    expect(answer.abstained, question).toBe(true);
    expect(answer.text, question).toMatch(pattern);
  };
  /** Every question is turned away. */
  const turnsAwayEach = (questions: readonly string[]) => {
    for (const question of questions) turnsAway(question);
  };
  /** The question is turned away as advice, and the answer says so. */
  const declinesAsAdvice = (question: string) => turnsAwaySaying(question, /advice|조언/u);
  /** Every question is answered (whatever the answer says). */
  const answersEach = (questions: readonly string[]) => {
    for (const question of questions) expect(ask(question).abstained, question).toBe(false);
  };
  /** The amounts a question is read as holding, as their keys ("10000000000", "1gw"). */
  const amountsIn = (question: string) =>
    index
      .analyze(question)
      .terms.filter((term) => term.kind === "amount")
      .map((term) => term.text);
  return {
    index,
    ask,
    says,
    turnsAway,
    turnsAwaySaying,
    turnsAwayEach,
    declinesAsAdvice,
    answersEach,
    amountsIn,
  };
}
