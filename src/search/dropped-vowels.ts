/**
 * Text-speak drops a word's inner vowels ("totl", "compnies", "mcrsft"): more edits than a typo,
 * yet the word is still plain to read, because its consonants, first letter and last letter stay.
 */
const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** The fewest letters a word keeps to be read this way ("tl" or "ms" could be anything). */
export const MIN_DROPPED_VOWEL_LENGTH = 4;

/**
 * Whether `written` is `full` with only inner vowels left out (at least one): the first and the
 * last letter kept, every consonant kept in order.
 */
export function isDroppedVowelForm(written: string, full: string): boolean {
  if (written.length < MIN_DROPPED_VOWEL_LENGTH || written.length >= full.length) return false;
  if (written[0] !== full[0] || written[written.length - 1] !== full[full.length - 1]) {
    return false;
  }
  let at = 0;
  for (const letter of full) {
    if (at < written.length && written[at] === letter) at++;
    else if (!VOWELS.has(letter)) return false;
  }
  return at === written.length;
}
