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

/** An English ending that is never a word alone, typed off its word. */
const SUFFIX_PIECE = /^(?:ation|ations|ition|tion|tions|sion|ment|ments|ness|ity|ance|ence)$/u;

export function joinHyphenatedSyllables(text: string, lexicon: Lexicon): string {
  if (!HAS_HYPHENATED.test(text)) return text;
  return text.replace(HYPHENATED, (word: string, at: number) => {
    const joined = word.replaceAll("-", "");
    // "value-ation", "develop-ment": an ending cut off is no word, even when the whole is misspelt.
    if (SUFFIX_PIECE.test(word.slice(word.lastIndexOf("-") + 1))) return joined;
    if (!isKnownWord(joined, lexicon)) {
      // "this write-up", "a sign-up": right after a determiner, a compound noun.
      return DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 8), at))
        ? word
        : withParticleApart(word, lexicon);
    }
    return word.split("-").every((piece) => isKnownWord(piece, lexicon)) ? word : joined;
  });
}

function isKnownWord(word: string, lexicon: Lexicon): boolean {
  return word.length >= 2 && (isKnownLatinWord(word, lexicon) || lexicon.latinWords.has(word));
}

/** A determiner and the space after it, at the end of the text before a word. */
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|the|this|that|these|those|its|their|his|her|my|our|your)\s+$/u;

/** The particles a verb or noun takes after it ("stake in", "pay out", "team up"). */
const PARTICLE = /^(?:in|out|up|on|off|into|back)$/u;

/**
 * "stake-in", "put-in": a known word and a particle joined by a hyphen that neither the knowledge
 * nor its glossary knows as one word ("buy-in" is an investment) are the two words.
 */
function withParticleApart(word: string, lexicon: Lexicon): string {
  const pieces = word.split("-");
  const [head, particle] = pieces;
  if (pieces.length !== 2 || head === undefined || particle === undefined) return word;
  if (!PARTICLE.test(particle) || lexicon.latinWords.has(word)) return word;
  // A phrase the glossary reads ("buy-in" is an investment) stays for it.
  if (lexicon.glossary.rewrite(word) !== word) return word;
  return head.length >= 3 && isKnownWord(head, lexicon) ? `${head} ${particle}` : word;
}
