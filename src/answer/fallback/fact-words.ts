/** The Latin words the facts write themselves (statements, labels, keywords), built once. */
import type { Knowledge } from "../../knowledge/load.ts";

const wordsOfFacts = new WeakMap<Knowledge, ReadonlySet<string>>();

/**
 * The lower-case Latin words of the facts' English statements, labels and keywords: a word here
 * ("frontier", "CNBC") is the knowledge's own, never the name of something it does not cover.
 */
export function factWordsOf(knowledge: Knowledge): ReadonlySet<string> {
  let words = wordsOfFacts.get(knowledge);
  if (!words) {
    const set = new Set<string>();
    for (const fact of knowledge.facts) {
      const text = [fact.statement.en, fact.label.en, ...fact.keywords].join(" ").toLowerCase();
      for (const [word] of text.matchAll(/[a-z]{2,}/g)) set.add(word);
    }
    words = set;
    wordsOfFacts.set(knowledge, words);
  }
  return words;
}
