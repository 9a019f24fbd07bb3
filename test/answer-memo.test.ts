import { describe, expect, it } from "vitest";
import { forOneAnswer, oncePerAnswer } from "../src/answer/fallback/answer-memo.ts";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../src/search/knowledge-index.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

/** The index with every analysis it computes written down, in order. */
function counting(): { index: KnowledgeIndex; analysed: string[] } {
  const analysed: string[] = [];
  return {
    analysed,
    index: {
      ...index,
      analyze(text) {
        analysed.push(text);
        return index.analyze(text);
      },
    },
  };
}

// A two-part question reads its clauses, a clause without its join and a part with the words
// carried into it, several of them more than once.
const TWO_PARTS = "MS CEO가 오픈AI 두고 한 말이랑 앤트로픽 두고 한 말";

describe("analyses remembered for one answer", () => {
  it("analyses each text of a several-part question once", () => {
    const { index: seen, analysed } = counting();
    const answer = answerFromKnowledge(seen, TWO_PARTS);
    expect(answer.abstained).toBe(false);
    expect(analysed.length).toBeGreaterThan(2);
    expect(new Set(analysed).size).toBe(analysed.length);
  });

  it("analyses each text once when the question is read again without its turned-away half", () => {
    // Turned away as a whole (the bank is not covered), then read half by half: the whole, its
    // halves and their pieces are each analysed once for the answer, not once per reading.
    const { index: seen, analysed } = counting();
    const answer = answerFromKnowledge(
      seen,
      "NVIDIA's investment figure, and the bank each tranche is wired through?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("doesn't cover");
    expect(analysed.length).toBeGreaterThan(2);
    expect(new Set(analysed).size).toBe(analysed.length);
  });

  it("keeps nothing for the next answer, and answers the same", () => {
    const { index: seen, analysed } = counting();
    const first = answerFromKnowledge(seen, TWO_PARTS);
    const once = analysed.length;
    const second = answerFromKnowledge(seen, TWO_PARTS);
    expect(analysed.length).toBe(2 * once);
    expect(second).toEqual(first);
  });

  it("the shared index analyses afresh each time (it keeps no analyses)", () => {
    const question = "How much did NVIDIA invest?";
    expect(index.analyze(question)).not.toBe(index.analyze(question));
    expect(index.analyze(question)).toEqual(index.analyze(question));
  });

  it("analyses the same words written in another case once (a part, then a leg of a claim)", () => {
    // "NVIDIA builds Grace Blackwel?" is a part of the question; "nvidia builds grace blackwel?" a
    // piece of its claim of legs (read only when the claim names two of the flows' parties).
    const { index: seen, analysed } = counting();
    answerFromKnowledge(seen, "Microsoft pays Anthropic, NVIDIA builds Grace Blackwel?");
    const normalized = analysed.map(normalizeText);
    expect(analysed.length).toBeGreaterThan(2);
    expect(new Set(normalized).size).toBe(normalized.length);
  });

  // What the memo by normalised text rests on: a question's analysis is read from its normalised
  // text alone. If analyze ever reads the raw text too, this fails before an answer changes.
  it("gives the same analysis for a question and for its normalised text", () => {
    const questions = evalQuestions().filter((question) => normalizeText(question) !== question);
    expect(questions.length).toBeGreaterThan(1000);
    for (const question of questions.slice(0, 3000)) {
      const raw = index.analyze(question);
      const normalized = index.analyze(normalizeText(question));
      // No question in the messages: the sets include held-out ones.
      expect(normalized).toEqual(raw);
      for (const key of [
        "asksForAdvice",
        "asksToConfirm",
        "triesToChangeRules",
        "asksForOtherTask",
      ] as const) {
        expect(normalized[key], key).toBe(raw[key]);
      }
    }
  });
});

describe("what one answer works out once (oncePerAnswer)", () => {
  it("works a key out once for one answer's index, and afresh for the next answer's", () => {
    let worked = 0;
    const work = () => ++worked;
    const one = forOneAnswer(index);
    expect(oncePerAnswer(one, "step\u0000text", work)).toBe(1);
    expect(oncePerAnswer(one, "step\u0000text", work)).toBe(1);
    expect(oncePerAnswer(one, "step\u0000other text", work)).toBe(2);
    expect(oncePerAnswer(forOneAnswer(index), "step\u0000text", work)).toBe(3);
  });

  it("keeps nothing on an index that is not one answer's", () => {
    let worked = 0;
    const work = () => ++worked;
    expect(oncePerAnswer(index, "step\u0000text", work)).toBe(1);
    expect(oncePerAnswer(index, "step\u0000text", work)).toBe(2);
  });

  it("gives a question's parts read once the same as read afresh, claim or not", () => {
    const one = forOneAnswer(index);
    for (const question of [
      "what did nvidia chip in and when did the ms deal get inked?",
      "엔비디아 투자 규모랑 발표한 날짜 둘 다 알려줘",
      "Microsoft put in 5B and NVIDIA 10B, right? and who announced it first",
    ]) {
      for (const claim of [false, true]) {
        const once = questionParts(one, question, claim);
        expect(questionParts(one, question, claim)).toBe(once);
        expect(once).toEqual(questionParts(index, question, claim));
      }
    }
  });
});
