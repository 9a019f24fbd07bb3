/**
 * Splits normalised text into words: runs of Hangul, runs of Latin letters and amounts. A script
 * change splits a word ("ms가" -> "ms", "가"), which is how mixed Korean and English is read.
 */
import { findAmounts } from "./numbers.ts";

export type Script = "hangul" | "latin" | "amount";

export interface Token {
  readonly text: string;
  readonly script: Script;
  readonly start: number;
  readonly end: number;
}

const WORD = /\p{Script=Hangul}+|\p{Script=Latin}+|\d+(?:[.,]\d+)*/gu;

/** English contractions and possessives that would otherwise leave stray letters. */
const CONTRACTION = /'(?:s|re|ve|ll|d|m|t)\b/g;

export function tokenize(normalized: string): Token[] {
  const text = normalized.replace(CONTRACTION, (match) => " ".repeat(match.length));
  const amounts = findAmounts(text);
  const tokens: Token[] = amounts.flatMap((amount): Token[] => {
    const value: Token = {
      text: amount.key,
      script: "amount",
      start: amount.start,
      end: amount.end,
    };
    // The currency as a word of its own, so that it can mean "money" to the glossary.
    return amount.currency
      ? [value, { text: amount.currency, script: "latin", start: amount.end, end: amount.end }]
      : [value];
  });
  const insideAmount = (start: number) =>
    amounts.some((amount) => start >= amount.start && start < amount.end);
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (insideAmount(start)) continue;
    const word = match[0];
    if (/^\d/.test(word)) {
      tokens.push({
        text: word.replace(/,/g, ""),
        script: "amount",
        start,
        end: start + word.length,
      });
    } else {
      const script: Script = /\p{Script=Hangul}/u.test(word) ? "hangul" : "latin";
      tokens.push({ text: word, script, start, end: start + word.length });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}
