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

const WORD = /(\p{Script=Hangul}+)|(\p{Script=Latin}+)|(\d+(?:[.,]\d+)*)/gu;

/** English contractions and possessives that would otherwise leave stray letters. */
const CONTRACTION = /'(?:s|re|ve|ll|d|m|t)\b/g;

const blank = (match: string) => " ".repeat(match.length);

export function tokenize(normalized: string): Token[] {
  const text = normalized.includes("'") ? normalized.replace(CONTRACTION, blank) : normalized;
  const amounts = findAmounts(text);
  const tokens: Token[] = [];
  let nextAmount = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    // Amounts are read first ("200억 달러" is one); their tokens take the place of the words.
    while (nextAmount < amounts.length && (amounts[nextAmount] as Amount).end <= start) {
      pushAmount(tokens, amounts[nextAmount++] as Amount);
    }
    const amount = amounts[nextAmount];
    if (amount && start >= amount.start) {
      // A word the amount ends inside ("1기가와트는확정이야"): what follows it is a word too.
      const end = start + match[0].length;
      const script =
        match[1] !== undefined ? "hangul" : match[2] !== undefined ? "latin" : undefined;
      if (script && end > amount.end) {
        pushAmount(tokens, amount);
        nextAmount++;
        tokens.push({ text: text.slice(amount.end, end), script, start: amount.end, end });
      }
      continue;
    }
    // By index, not destructured: destructuring walks an iterator, dear in unoptimised code.
    const word = match[0];
    const hangul = match[1];
    const latin = match[2];
    if (hangul !== undefined)
      tokens.push({ text: hangul, script: "hangul", start, end: start + hangul.length });
    else if (latin !== undefined)
      tokens.push({ text: latin, script: "latin", start, end: start + latin.length });
    else
      tokens.push({
        text: word.replace(/,/g, ""),
        script: "amount",
        start,
        end: start + word.length,
      });
  }
  while (nextAmount < amounts.length) pushAmount(tokens, amounts[nextAmount++] as Amount);
  return tokens;
}

function pushAmount(tokens: Token[], amount: Amount): void {
  tokens.push({ text: amount.key, script: "amount", start: amount.start, end: amount.end });
  // The currency as a word of its own, so that it can mean "money" to the glossary.
  if (amount.currency) {
    tokens.push({ text: amount.currency, script: "latin", start: amount.end, end: amount.end });
  }
}
