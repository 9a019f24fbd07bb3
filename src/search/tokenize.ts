/**
 * Splits normalised text into words: runs of Hangul, runs of Latin letters and amounts. A script
 * change splits a word ("ms가" -> "ms", "가"), which is how mixed Korean and English is read.
 * It runs on every question and, at start-up, on every passage and alias: it is written as one
 * plain loop.
 */
import { type Amount, findAmounts } from "./numbers.ts";

export type Script = "hangul" | "latin" | "amount";

export interface Token {
  readonly text: string;
  readonly script: Script;
  readonly start: number;
  readonly end: number;
}

/**
 * The first character of a word, and the three kinds of word from there (sticky). Testing them
 * and reading lastIndex finds a word without a match array or capture strings: this runs on every
 * word of every question.
 */
const WORD_START = /[\p{Script=Hangul}\p{Script=Latin}\d]/gu;
const HANGUL_WORD = /\p{Script=Hangul}+/uy;
const LATIN_WORD = /\p{Script=Latin}+/uy;
const NUMBER = /\d+(?:[.,]\d+)*/uy;

/** English contractions and possessives that would otherwise leave stray letters. */
const CONTRACTION = /'(?:s|re|ve|ll|d|m|t)\b/g;

const blank = (match: string) => " ".repeat(match.length);

export function tokenize(normalized: string): Token[] {
  const text = normalized.includes("'") ? normalized.replace(CONTRACTION, blank) : normalized;
  const amounts = findAmounts(text);
  const tokens: Token[] = [];
  let nextAmount = 0;
  WORD_START.lastIndex = 0;
  while (WORD_START.test(text)) {
    // The word starts at the character just matched (two code units when astral).
    const afterFirst = WORD_START.lastIndex;
    const start = afterFirst - (afterFirst >= 2 && isLowSurrogate(text, afterFirst - 1) ? 2 : 1);
    const script = scriptOfWordAt(text, start);
    const end =
      script === "hangul"
        ? HANGUL_WORD.lastIndex
        : script === "latin"
          ? LATIN_WORD.lastIndex
          : NUMBER.lastIndex;
    WORD_START.lastIndex = end;
    // Amounts are read first ("200억 달러" is one); their tokens take the place of the words.
    while (nextAmount < amounts.length && (amounts[nextAmount] as Amount).end <= start) {
      pushAmount(tokens, amounts[nextAmount++] as Amount);
    }
    const amount = amounts[nextAmount];
    if (amount && start >= amount.start) {
      // A word the amount ends inside ("1기가와트는확정이야"): what follows it is a word too.
      if (script !== "amount" && end > amount.end) {
        pushAmount(tokens, amount);
        nextAmount++;
        tokens.push({ text: text.slice(amount.end, end), script, start: amount.end, end });
      }
      continue;
    }
    const word = text.slice(start, end);
    tokens.push({
      text: script === "amount" ? word.replace(/,/g, "") : word,
      script,
      start,
      end,
    });
  }
  while (nextAmount < amounts.length) pushAmount(tokens, amounts[nextAmount++] as Amount);
  return tokens;
}

/** The kind of word at `start` (a word character); its sticky pattern's lastIndex is its end. */
function scriptOfWordAt(text: string, start: number): Script {
  HANGUL_WORD.lastIndex = start;
  if (HANGUL_WORD.test(text)) return "hangul";
  LATIN_WORD.lastIndex = start;
  if (LATIN_WORD.test(text)) return "latin";
  NUMBER.lastIndex = start;
  NUMBER.test(text);
  return "amount";
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

function pushAmount(tokens: Token[], amount: Amount): void {
  tokens.push({ text: amount.key, script: "amount", start: amount.start, end: amount.end });
  // The currency as a word of its own, so that it can mean "money" to the glossary.
  if (amount.currency) {
    tokens.push({ text: amount.currency, script: "latin", start: amount.end, end: amount.end });
  }
}
