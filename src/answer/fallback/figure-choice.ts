/**
 * "was it 10 or 15 from NVIDIA?", "150억이여 15억이여": a choice between two figures offered as
 * a question. Each figure is checked alone, as the same question with the other figure dropped;
 * when exactly one check says yes, that figure is named first with its check. Otherwise the
 * question is left to the rest.
 */
import type { Language } from "../../knowledge/schema.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";

/** A figure as written: a numeral with an optional scale or currency ("$10bn", "150억 달러"). */
const FIGURE = String.raw`\$?\d[\d.,]*(?:\s?(?:bn|b|billion|million|mn|m|k|trillion|tn)\b|\s?(?:조|억|만)(?:\s?(?:달러|불))?)?`;

/** "10bn or 15bn", "10 or 15": two figures joined by "or". */
const ENGLISH_CHOICE = new RegExp(`(?<![\\w.,$])(${FIGURE})\\s+or\\s+(${FIGURE})(?![\\w%])`, "iu");

/** "150억이여 15억이여", "150억이야 15억이야", "150억 아니면 15억": two figures each asked. */
const KOREAN_CHOICE = new RegExp(
  `(?<![\\d.,])(${FIGURE})(?:이?(?:여|야|냐|임|인가)\\??\\s*|\\s*(?:아니면|아님|or)\\s*)(${FIGURE})(이?(?:여|야|냐|임|인가))`,
  "iu",
);

/** The scale a figure ends with, to lend to a bare numeral before it ("10 or 15bn"). */
const SCALE = /\s?[^\d.,$\s][^\d]*$/u;

/** A decimal with no scale or currency: a model's version more often than an amount. */
const VERSION_LIKE = /^\d+\.\d+$/u;

const SAYS_YES = /^(?:yes\b[:,]?\s*|맞아요[,.]?\s*)/iu;

interface Offered {
  readonly figures: readonly [string, string];
  /** The question with each figure alone in the choice's place. */
  readonly alone: readonly [string, string];
  /** The same from the choice on: what came before may be hearsay the checks stumble on. */
  readonly bare: readonly [string, string];
  readonly before: string;
}

/** The two figures a question offers as a choice, or undefined when it offers none. */
export function offeredFigures(question: string): Offered | undefined {
  const english = ENGLISH_CHOICE.exec(question);
  const korean = english ? undefined : KOREAN_CHOICE.exec(question);
  const match = english ?? korean;
  if (!match) return undefined;
  let first = (match[1] ?? "").trim();
  const second = (match[2] ?? "").trim();
  const after = question.slice(match.index + match[0].length);
  // "150억이여 15억이여" asks without a mark; each figure alone is asked with one.
  const ending = korean ? (match[3] ?? "") : "";
  const tail = ending && !/^\s*\?/u.test(after) ? `${ending}?` : ending;
  const scale = SCALE.exec(second)?.[0];
  if (scale && !SCALE.test(first)) first = `${first}${scale}`;
  // The same figure twice offers no choice; "4.1이야 4.5야" are versions rather than amounts.
  if (first === second || [first, second].some((figure) => VERSION_LIKE.test(figure))) {
    return undefined;
  }
  const before = question.slice(0, match.index);
  const place = (figure: string) => `${before}${figure}${tail}${after}`;
  const bare = (figure: string) => `${figure}${tail}${after}`;
  return {
    figures: [first, second],
    alone: [place(first), place(second)],
    bare: [bare(first), bare(second)],
    // Only a Korean choice closes the sentence; an English one's words before are its subject.
    before: korean ? before.trim() : "",
  };
}

/**
 * The figure whose check says yes, named first, with its check; undefined when the question
 * offers no choice of figures or not exactly one figure holds.
 */
export function figureChoiceAnswer(
  question: string,
  language: Language,
  check: (question: string) => Answer,
): Answer | undefined {
  const offered = offeredFigures(question);
  if (!offered) return undefined;
  let answers = offered.alone.map((text) => check(text));
  // "십오억불이라고 누가 그러던디 150억이여 15억이여": the words before the choice hid it.
  if (answers.every((answer) => answer.abstained) && offered.before !== "") {
    answers = offered.bare.map((text) => check(text));
  }
  const holding = answers.map((answer) => !answer.abstained && SAYS_YES.test(answer.text));
  if (holding[0] === holding[1]) return undefined;
  const at = holding[0] ? 0 : 1;
  const chosen = answers[at];
  if (!chosen) return undefined;
  const right = offered.figures[at];
  const wrong = offered.figures[1 - at];
  const lead =
    language === "ko" ? `${right} 쪽이 맞아요(${wrong} 아님).` : `${right}, not ${wrong}.`;
  const full = `${lead} ${chosen.text.replace(SAYS_YES, "")}`;
  const text =
    full.length <= MAX_ANSWER_LENGTH ? full : `${full.slice(0, MAX_ANSWER_LENGTH - 1).trimEnd()}…`;
  return { ...chosen, language, text };
}
