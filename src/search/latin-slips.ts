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

import { areNeighbourKeys, withinOneEdit } from "./edit-distance.ts";
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

/** A missing or doubled letter is read only in words this long (shorter ones are other words). */
const MIN_LENGTH_FOR_ONE_LETTER = 7;
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
    if (Math.abs(target.length - word.length) > 1 || !isSlipOf(word, target)) continue;
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

function isSlipOf(word: string, target: string): boolean {
  if (word === target) return false;
  if (word.length !== target.length) {
    return (
      target.length >= MIN_LENGTH_FOR_ONE_LETTER &&
      word[0] === target[0] &&
      withinOneEdit(word, target)
    );
  }
  let first = -1;
  let second = -1;
  for (let index = 0; index < word.length; index++) {
    if (word[index] === target[index]) continue;
    if (first === -1) first = index;
    else if (second === -1) second = index;
    else return false;
  }
  if (second === -1) {
    // A neighbouring key, not on the first letter: "eight" is no slip of "right".
    return first > 0 && areNeighbourKeys(word[first] ?? "", target[first] ?? "");
  }
  return second === first + 1 && word[first] === target[second] && word[second] === target[first];
}
