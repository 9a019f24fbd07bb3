/**
 * "NVIDIA PUT IN 20 BILLION?? TRUE??": in a shouted message capitals mark no names, so the
 * question is read in lower case. A word the knowledge does not know and no fact says
 * ("ZORBLAX") keeps its capitals: it may still be a company the knowledge does not cover. A word
 * a fact says ("FRONTIER", of "the only frontier model") is no outside name.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isFunctionWord, isShouted, lowerShouted } from "../../search/shouting.ts";
import { ENGLISH_STOPWORDS } from "../../search/stopwords.ts";

export function readableCase(index: KnowledgeIndex, written: string): string {
  if (!isShouted(written)) return written;
  const lowered = written.toLowerCase();
  const factWords = factWordsOf(index.knowledge);
  const unknown = new Set<string>();
  for (const term of index.analyze(lowered).terms) {
    if (
      term.kind === "latin" &&
      !term.known &&
      !factWords.has(term.text) &&
      !isFunctionWord(term.text) &&
      !ENGLISH_STOPWORDS.has(term.text)
    ) {
      unknown.add(term.text);
    }
  }
  if (unknown.size === 0) return lowered;
  return lowerShouted(written, (lower) => unknown.has(lower));
}

const wordsOfFacts = new WeakMap<Knowledge, ReadonlySet<string>>();

/** The Latin words of the facts' English statements and keywords, lower case (built once). */
function factWordsOf(knowledge: Knowledge): ReadonlySet<string> {
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
