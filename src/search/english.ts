/** English word stems (Porter, from the `stemmer` package), cached: the same few words recur. */
import { stemmer } from "stemmer";

const cache = new Map<string, string>();

export function stemEnglish(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = word.length <= 3 ? word : stemmer(word);
    if (cache.size < 50_000) cache.set(word, stem);
  }
  return stem;
}
