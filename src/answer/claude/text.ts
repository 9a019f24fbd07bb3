/**
 * Cutting model text at sentence ends: streamed previews show only finished sentences (a figure
 * half-written, "$5" of "$5 billion", is never shown or checked), and a reply longer than the
 * Answer limit, or stopped by max_tokens, ends at its last finished sentence.
 */
import { MAX_ANSWER_LENGTH } from "../types.ts";

/** A sentence end: ., !, ? or 。 (with closing quotes or brackets) before a space, or a line end. */
const SENTENCE_END = /[.!?。…]["'”’)\]」』]*(?=\s)|\n/gu;

/** The text up to and including its last finished sentence ("" if none is finished yet). */
export function finishedSentences(text: string): string {
  let end = 0;
  for (const match of text.matchAll(SENTENCE_END)) end = match.index + match[0].length;
  return text.slice(0, end).trimEnd();
}

/** The text, cut at a sentence end if it is longer than the Answer limit. */
export function fitAnswerLength(text: string, limit = MAX_ANSWER_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed;
  const head = finishedSentences(`${trimmed.slice(0, limit)} `);
  if (head.length >= limit / 2) return head;
  return `${trimmed.slice(0, limit - 1).trimEnd()}…`;
}
