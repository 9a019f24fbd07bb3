/**
 * A negated guess after an open question: "What date was it announced? It wasn't in October, was
 * it?", "몇 년짜리 계약이야? 1년은 아니지?", "정확히 얼마야? 안 나오는 거 맞지?". The second
 * sentence guesses at (or rules out) the answer of the first; it is no claim of its own to check.
 * The question is answered as the open question alone: its answer states the fact plainly, where
 * a bare yes or no to a negated guess reads either way, and a question the knowledge does not cover
 * stays not covered (the guess never makes it answerable by a nearby fact).
 */
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { claimDenies } from "./confirm.ts";

/** The last sentence after a question mark: the open question, then the guess. */
const GUESS_AFTER_QUESTION = /^([\s\S]*?[^\s?？][?？]+)\s+([^?？]+[?？]*)$/u;

/** A sentence that opens on a join asks one more thing ("…? 그리고 300억은 투자 아니지?"). */
const JOIN_OPENING = /^(?:and|also|plus|그리고|또|또한|아울러)(?![\p{L}])/iu;

/** At most this many words make a guess (a longer sentence claims something of its own). */
const GUESS_WORDS = 12;

/** The story's parties a text names. */
function partiesOf(analysis: Analysis): Set<string> {
  const parties = new Set<string>();
  for (const term of analysis.terms) if (term.entity !== undefined) parties.add(term.entity);
  return parties;
}

/**
 * The open question without the negated guess after it, or undefined when the question is not
 * one: the guess is a yes/no whose claim is negated, with no question word, naming no party the
 * open question does not name (a guess on another party, "It isn't Microsoft paying Anthropic,
 * is it?", claims something of its own).
 */
export function withoutNegatedGuess(index: KnowledgeIndex, question: string): string | undefined {
  // Cheap guard: a question mark with words after it.
  const mark = question.search(/[?？]\s+\S/u);
  if (mark < 0) return undefined;
  const match = GUESS_AFTER_QUESTION.exec(question.trim());
  if (!match) return undefined;
  const head = (match[1] ?? "").trim();
  const guess = (match[2] ?? "").trim();
  if (spaceSplitCount(guess) > GUESS_WORDS || JOIN_OPENING.test(guess)) return undefined;
  const guessRead = index.analyze(guess);
  if (!guessRead.asksToConfirm || hasQuestionWord(guessRead.normalized)) return undefined;
  if (!claimDenies(guessRead.normalized)) return undefined;
  const headRead = index.analyze(head);
  if (headRead.asksToConfirm || !hasQuestionWord(headRead.normalized)) return undefined;
  const asked = partiesOf(headRead);
  for (const party of partiesOf(guessRead)) if (!asked.has(party)) return undefined;
  return head;
}
