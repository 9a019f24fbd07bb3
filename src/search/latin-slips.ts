/**
 * English question words typed with a slip ("waht", "rigth", "artcle", "10 billon"), read as meant
 * before anything reads the question: the readers that look for a question word, a yes/no tag, a
 * scale word of an amount or a word for the piece itself find them as they are written.
 * (Content words the knowledge has are corrected where each word is read: analyze.ts, correctLatin.)
 *
 * Guards, so that real other words are not bent: only a word the knowledge does not have and that
 * is no stop word; two neighbours swapped ("waht"), or one letter after the first replaced by a
 * neighbouring key ("whrn"); a letter missing or doubled only in a long word ("artcle", "billon"),
 * its first letter kept. "eight", "tight" and "fight" are never "right"; "wheat" is never "what",
 * "rally" never "really".
 */

import { type SlipLimits, withinOneSlip } from "./edit-distance.ts";
import { stemEnglish } from "./english.ts";
import { formKey, type Lexicon } from "./lexicon.ts";

/**
 * The words a question is read by: interrogatives, yes/no tags, the scale words of amounts and
 * the words for the piece. Grammar and genre only, no word of any story.
 */
const QUESTION_WORDS = [
  "what",
  "when",
  "where",
  "which",
  "whose",
  "right",
  "correct",
  "true",
  "really",
  "article",
  "story",
  "billion",
  "million",
  "trillion",
  "thousand",
] as const;

/**
 * The slips read here: those of a knowledge word (edit-distance.ts, withinOneSlip), but the first
 * letter never replaced, and a letter missing or doubled only in a question word of seven letters
 * or more (shorter ones are other words).
 */
const QUESTION_WORD_SLIPS: SlipLimits = { firstLetterKept: true, oneLetterFrom: 7 };
const LATIN_WORD = /[a-z]{4,9}/g;
const HAS_LATIN_WORD = /[a-z]{4}/;

/** The text with each slipped question word spelt right (itself when it has none). */
export function correctQuestionWordSlips(text: string, lexicon: Lexicon): string {
  if (!HAS_LATIN_WORD.test(text)) return text;
  return text.replace(LATIN_WORD, (word, at: number) => {
    // Inside a longer run (a link, a word glued to digits) nothing is read.
    if (isLetterOrDigit(text.charAt(at - 1)) || isLetterOrDigit(text.charAt(at + word.length))) {
      return word;
    }
    return questionWordFor(word, lexicon) ?? word;
  });
}

function isLetterOrDigit(char: string): boolean {
  return char !== "" && /[a-z0-9]/.test(char);
}

/** The question word `word` is a slip of, if it is one and no word of its own. */
export function questionWordFor(word: string, lexicon: Lexicon): string | undefined {
  for (const target of QUESTION_WORDS) {
    if (Math.abs(target.length - word.length) > 1 || word === target) continue;
    if (!withinOneSlip(word, target, QUESTION_WORD_SLIPS)) continue;
    if (
      lexicon.stopwords.has(word) ||
      lexicon.latinStems.has(stemEnglish(word)) ||
      lexicon.formsByFirstKey.has(formKey("latin", word))
    ) {
      return undefined;
    }
    return target;
  }
  return undefined;
}
