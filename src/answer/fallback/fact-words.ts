/** The Latin words the facts write themselves (statements, labels, keywords), built once. */
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import { matchesOf } from "../../util/matches-of.ts";

/**
 * The lower-case Latin words of the facts' English statements, labels and keywords: a word here
 * ("frontier", "CNBC") is the knowledge's own, never the name of something it does not cover.
 */
export const factWordsOf = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const fact of knowledge.facts) {
    const text = [fact.statement.en, fact.label.en, ...fact.keywords].join(" ").toLowerCase();
    for (const [word] of matchesOf(/[a-z]{2,}/g, text)) words.add(word);
  }
  return words;
});
