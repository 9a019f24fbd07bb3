/**
 * "Does the article mention Amazon, or does it leave them out?": the other side of a yes-or-no
 * question, pointing back with a pronoun. It adds nothing to ask, and its own verb ("leave out",
 * "skip") would be read as a topic the story lacks. The question is answered without it.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";

/** The auxiliaries a yes-or-no question, or its other side, opens on. */
const AUXILIARY = "does|do|did|is|are|was|were|has|have|will|would";

/** A yes-or-no question: it opens on an auxiliary. */
const YES_NO_OPENING = new RegExp(`^(?:${AUXILIARY}|can)\\b`, "iu");

/** The question, then ", or does it …?" / ", or is it …?" pointing back at what it asked. */
const OTHER_SIDE_TAIL = new RegExp(
  `^([\\s\\S]*?[\\p{L}\\p{N})'"’”]),?\\s+or (?:${AUXILIARY}) (?:it|they|he|she|that|this|the (?:article|piece|post|story)) ([^?？,;]{1,40})[?？]+\\s*$`,
  "iu",
);

/** "…, or is it the other way around?": the other side names a direction, which is asked. */
const DIRECTION = /\b(?:other way|opposite|reverse|vice versa|backwards?|around)\b/iu;

/** The question without the other side of it, or undefined when none closes it. */
export function withoutOtherSide(index: KnowledgeIndex, question: string): string | undefined {
  const trimmed = question.trim();
  if (!trimmed.includes(" or ") || !YES_NO_OPENING.test(trimmed)) return undefined;
  const match = OTHER_SIDE_TAIL.exec(trimmed);
  const asked = match?.[1];
  const otherSide = match?.[2] ?? "";
  if (!asked || DIRECTION.test(otherSide)) return undefined;
  // A word the story knows ("or is it a purchase?") is a second thing asked.
  return index.analyze(otherSide).terms.every((term) => !term.known) ? `${asked}?` : undefined;
}
