/**
 * How a question's raw text becomes words, before any matching: normalised (Unicode, case),
 * slang and abbreviations rewritten (the glossary), tokenised (words and amounts), chat jamo
 * dropped and unspaced Korean split into known words. Passages skip the glossary and the
 * splitting: their words are the knowledge.
 */
import { splitUnspacedHangul } from "./hangul-segment.ts";
import type { Lexicon } from "./lexicon.ts";
import { normalizeText } from "./normalize.ts";
import { type Token, tokenize } from "./tokenize.ts";

export interface ReadText {
  readonly normalized: string;
  /** Normalised but before the glossary: chat tags ("ㅇㅇ?", "ㄹㅇ?") still in it. */
  readonly unglossed?: string;
  readonly tokens: readonly Token[];
  /** The tokens before chat jamo were dropped and Korean split (what the language is read from). */
  readonly unsplit: readonly Token[];
}

export function readQuestion(text: string, lexicon: Lexicon): ReadText {
  const unglossed = normalizeText(text);
  const normalized = lexicon.glossary.rewrite(unglossed);
  const unsplit = tokenize(normalized);
  return { normalized, unglossed, tokens: splitUnspacedHangul(unsplit, lexicon), unsplit };
}

export function readPassage(text: string): ReadText {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized);
  return { normalized, tokens, unsplit: tokens };
}
