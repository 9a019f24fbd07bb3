/**
 * Numbers a question writes as a date, not as an amount: "9월", "18일", "2025년", "9월엔". A bare
 * number there is a month, a day or a year; read as a figure it would take the scale of the
 * money beside it ("1830억 달러, 9월 기준" is no claim of 9억).
 */
import { matchesOf } from "../util/matches-of.ts";

/** A cheap first test: no date counter, no reading. */
const ANY_DATE_COUNTER = /\d\s?(?:월|일|년)/u;
const DATED = /(\d{1,4})\s?(?:월|일|년)/gu;

/** The numbers (as written, digits only) that a text writes as a month, a day or a year. */
export function datedNumbers(text: string): ReadonlySet<string> {
  if (!ANY_DATE_COUNTER.test(text)) return NONE;
  const found = new Set<string>();
  for (const match of matchesOf(DATED, text)) {
    const number = match[1];
    // "10일억"? No: only a counter that is not the start of a scale ("일억" is 1억).
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (/^[억조만천백십]/u.test(after)) continue;
    if (number) found.add(number);
  }
  return found;
}

const NONE: ReadonlySet<string> = new Set();

/** A year written as a number ("2025", "1999"): digits only, as an amount's key holds them. */
const YEAR = /^(?:19|20)\d{2}$/u;

export function isYearNumber(digits: string): boolean {
  return YEAR.test(digits);
}
