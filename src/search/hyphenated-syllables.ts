/**
 * A word typed in syllables joined by hyphens ("in-vest-ment", "nvi-dia", "an-thro-pic"): the
 * hyphens cut no words apart, so the word is read whole. Only when the joined letters are a word
 * the knowledge or English grammar knows and some piece is no word by itself: "one-way",
 * "follow-up" and "pay-back" are words joined on purpose and stay as written. Language, not any
 * one story: the words are the lexicon's.
 */
import { isKnownLatinWord } from "./latin-segment.ts";
import type { Lexicon } from "./lexicon.ts";

/** Latin letters in two pieces or more, each joined to the next by one hyphen. */
const HYPHENATED = /(?<![\p{L}\p{N}-])[a-z]+(?:-[a-z]+)+(?![\p{L}\p{N}-])/gu;
const HAS_HYPHENATED = /[a-z]-[a-z]/u;

export function joinHyphenatedSyllables(text: string, lexicon: Lexicon): string {
  if (!HAS_HYPHENATED.test(text)) return text;
  return text.replace(HYPHENATED, (word) => {
    const joined = word.replaceAll("-", "");
    if (!isKnownWord(joined, lexicon)) return word;
    return word.split("-").every((piece) => isKnownWord(piece, lexicon)) ? word : joined;
  });
}

function isKnownWord(word: string, lexicon: Lexicon): boolean {
  return word.length >= 2 && (isKnownLatinWord(word, lexicon) || lexicon.latinWords.has(word));
}
