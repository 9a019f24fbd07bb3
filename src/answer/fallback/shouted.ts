/**
 * "NVIDIA PUT IN 20 BILLION?? TRUE??": in a shouted message capitals mark no names, so the
 * question is read in lower case. A word the knowledge does not know and no fact says
 * ("ZORBLAX") keeps its capitals: it may still be a company the knowledge does not cover. A word
 * a fact says ("FRONTIER", of "the only frontier model"), a word shouted anyway ("CONFIRM"), or a
 * word in a noun's or a source's place ("THIS SETUP", "per WSJ") is no outside name
 * (plain-capitals.ts).
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isShouted } from "../../search/shouting.ts";
import { inPlainPlace, isPlainShoutedWord } from "./plain-capitals.ts";

export function readableCase(index: KnowledgeIndex, written: string): string {
  if (!isShouted(written)) return written;
  const lowered = written.toLowerCase();
  const unknown = new Set<string>();
  for (const term of index.analyze(lowered).terms) {
    if (term.kind === "latin" && !term.known && !isPlainShoutedWord(index.knowledge, term.text)) {
      unknown.add(term.text);
    }
  }
  if (unknown.size === 0) return lowered;
  // "DOES MSFT PAY NVDA ANYTHING IN THIS SETUP?": a word after "this", "each", a possessive, or a
  // source after "per", is no name either. A lone letter ("A WIRE STORY", "CLAUDE'S") is lowered.
  return written.replace(ANY_LATIN_WORD, (word, at: number) => {
    const lower = word.toLowerCase();
    return unknown.has(lower) && !inPlainPlace(written, at, word.length) ? word : lower;
  });
}

const ANY_LATIN_WORD = /[A-Za-z]+/g;
