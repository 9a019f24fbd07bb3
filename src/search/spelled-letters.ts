/**
 * Voice typing writes a name said letter by letter as the letters apart: "what about a m d",
 * "is a w s still the main cloud", "open a i". A run of single Latin letters whose join is a word
 * the knowledge knows (a name's form, a word of the story, a company it knows it does not cover)
 * is read as that word; any other run is left as written ("plan a or b"). A run opening on "a"
 * or "i", words on their own, may be the article or the pronoun before the letters ("is a m d
 * in on it"): the rest of the run is tried too. Language, not any one story: the words are the
 * lexicon's.
 */
import type { Lexicon } from "./lexicon.ts";

/** Two or more single letters, each a word of its own, one space apart ("'s" may follow). */
const LETTER_RUN = /(?<![\p{L}\p{N}'.])[a-z](?: [a-z])+(?![\p{L}\p{N}])/gu;
/** A cheap scan first: most messages have no two one-letter words in a row. */
const HAS_RUN = /(?:^|[^\p{L}\p{N}'.])[a-z] [a-z](?![\p{L}\p{N}])/u;

/** The text with each run of spelled letters that makes a known word written as that word. */
export function joinSpelledLetters(text: string, lexicon: Lexicon): string {
  if (!HAS_RUN.test(text)) return text;
  return text.replace(LETTER_RUN, (run) => {
    const letters = run.replaceAll(" ", "");
    if (isKnownWord(letters, lexicon)) return letters;
    const first = letters.charAt(0);
    const rest = letters.slice(1);
    if ((first === "a" || first === "i") && rest.length >= 2 && isKnownWord(rest, lexicon)) {
      return `${first} ${rest}`;
    }
    return run;
  });
}

/** A word of the knowledge, not a function word ("i t" is not read as "it"). */
function isKnownWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.latinWords.has(word) && !lexicon.stopwords.has(word);
}
