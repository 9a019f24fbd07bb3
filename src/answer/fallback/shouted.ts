/**
 * "NVIDIA PUT IN 20 BILLION?? TRUE??": in a shouted message capitals mark no names, so the
 * question is read in lower case. A word the knowledge does not know and no fact says
 * ("ZORBLAX") keeps its capitals: it may still be a company the knowledge does not cover. A word
 * a fact says ("FRONTIER", of "the only frontier model") is no outside name.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isFunctionWord, isShouted, lowerShouted } from "../../search/shouting.ts";
import { ENGLISH_STOPWORDS } from "../../search/stopwords.ts";
import { factWordsOf } from "./fact-words.ts";

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
