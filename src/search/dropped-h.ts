/**
 * Chat's dropped h put back ("'ow much", "'ave to say", "'edgin' its bets" -> "how", "have",
 * "hedgin'"): a word written with an apostrophe where its h was, read with the h when that makes
 * a word the knowledge or English grammar knows. "'em", "'til" stay: with an h they are no word.
 * `isWord` says whether a word is known.
 */
const DROPPED_H = /(?<![\p{L}\p{N}'])'([a-z]{2,})/gu;

export function restoreDroppedH(text: string, isWord: (word: string) => boolean): string {
  if (!text.includes("'")) return text;
  // "'edgin'": the g is put back after this, so a word that is one with both is read too.
  return text.replace(DROPPED_H, (written: string, word: string) =>
    isWord(`h${word}`) || (word.endsWith("in") && isWord(`h${word}g`)) ? `h${word}` : written,
  );
}
