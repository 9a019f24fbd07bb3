/**
 * Calendar dates as people write them, in English and Korean: "Nov 18", "18 November",
 * "November 18th", "11/18", "11월 18일", "in October", "10월". Each becomes a month and, when
 * given, a day, so a claimed date can be compared with a fact's however either is written.
 */
import { matchesOf } from "../util/matches-of.ts";

export interface CalendarDate {
  readonly month: number;
  readonly day?: number;
  /** A part of the month without a day: "early November", "11월 초", "mid-Nov", "11월 말". */
  readonly part?: MonthPart;
}

export type MonthPart = "early" | "mid" | "late";

/** The days each part of a month spans. */
const PART_DAYS: Readonly<Record<MonthPart, readonly [number, number]>> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 31],
};

function partOf(word: string | undefined): MonthPart | undefined {
  if (!word) return undefined;
  if (/^(?:early|beginning|start|초)/u.test(word)) return "early";
  if (/^(?:mid|middle|중)/u.test(word)) return "mid";
  return "late";
}

const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_ORDER = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

/**
 * English month names and their short forms, as the words a question may hold: like 월, they say
 * when, not what ("was it 183B in September?" is about the 183B).
 */
export const ENGLISH_MONTH_WORDS: readonly string[] = (
  "january february march april may june july august september october november december " +
  "jan feb mar apr jun jul aug sep sept oct nov dec"
).split(" ");

/**
 * Days of the week and holidays, with their short forms: like months, they say when ("over Sunday
 * lunch", "nearer Christmas"), never who or what.
 */
export const ENGLISH_DAY_WORDS: readonly string[] = (
  "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays " +
  "thursdays fridays saturdays sundays mon tues wed thurs fri sat christmas xmas easter " +
  "thanksgiving halloween hanukkah diwali weekend weekends"
).split(" ");

/** English month words: never a company's name ("announced November 20th"). */
export const ENGLISH_MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES})$`, "u");

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const PATTERNS: readonly { pattern: RegExp; read: (match: RegExpMatchArray) => CalendarDate }[] = [
  {
    // "Nov 18", "November 18th", "nov. 18"
    pattern: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+${DAY}\b`, "gu"),
    read: (match) => ({ month: monthOf(match[1]), day: Number(match[2]) }),
  },
  {
    // "18 November", "18th of Nov"
    pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH_NAMES})\b`, "gu"),
    read: (match) => ({ month: monthOf(match[2]), day: Number(match[1]) }),
  },
  {
    // "11/18", "11-18" (month first, as in US usage; "2025-11-18" too)
    pattern: /(?<![\d/])(?:\d{4}[-/.])?(\d{1,2})[/-](\d{1,2})(?![\d/])/gu,
    read: (match) => ({ month: Number(match[1]), day: Number(match[2]) }),
  },
  {
    // "early November", "mid-Nov", "the end of November", "the beginning of Nov"
    pattern: new RegExp(
      String.raw`\b(early|mid|middle|late)[- ]?(?:of\s+)?(${MONTH_NAMES})\b|\b(beginning|start|middle|end)\s+of\s+(${MONTH_NAMES})\b`,
      "gu",
    ),
    read: (match) => ({
      month: monthOf(match[2] ?? match[4]),
      part: partOf(match[1] ?? match[3]) as MonthPart,
    }),
  },
  {
    // "11월 18일", "11월", "11월 초", "11월 중순", "11월 말"
    pattern:
      /(\d{1,2})\s?월(?:\s?(\d{1,2})\s?일|\s?(초순|초반|초|중순|중반|하순|후반|말(?![고구])))?/gu,
    read: (match) =>
      match[2]
        ? { month: Number(match[1]), day: Number(match[2]) }
        : match[3]
          ? { month: Number(match[1]), part: partOf(match[3]) as MonthPart }
          : { month: Number(match[1]) },
  },
  {
    // "in October", "October 2025"
    pattern: new RegExp(
      String.raw`\b(?:in|during|since|by|of|last|this)\s+(${MONTH_NAMES})\b|\b(${MONTH_NAMES})\s+\d{4}\b`,
      "gu",
    ),
    read: (match) => ({ month: monthOf(match[1] ?? match[2]) }),
  },
];

function monthOf(word: string | undefined): number {
  return MONTH_ORDER.indexOf((word ?? "").slice(0, 3)) + 1;
}

const ANY_ENGLISH_MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember|\.)?\b/gu;

/**
 * Every month a text names, with or without a day: "in September", "Sept.", "9월", "2025년 9월"
 * (1–12). Looser than datesIn: a month word anywhere counts.
 */
export function monthsNamed(text: string): Set<number> {
  const months = new Set<number>();
  for (const match of matchesOf(/(\d{1,2})\s?월/gu, text)) months.add(Number(match[1]));
  for (const match of matchesOf(ANY_ENGLISH_MONTH, text.toLowerCase())) {
    months.add(monthOf(match[1]));
  }
  return months;
}

const KOREAN_MONTH = /\d\s?월/u;
const ANY_ENGLISH_MONTH_WORD = new RegExp(ANY_ENGLISH_MONTH.source, "u");

/**
 * Whether a text names a month at all: monthsNamed(text).size > 0, without collecting them (every
 * question that reaches the check for a date the knowledge lacks asks this).
 */
export function namesMonth(text: string): boolean {
  return KOREAN_MONTH.test(text) || ANY_ENGLISH_MONTH_WORD.test(text.toLowerCase());
}

/** The dates a lower-cased text names, a month with its day first when both are given. */
export function datesIn(text: string): CalendarDate[] {
  const found: CalendarDate[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of matchesOf(pattern, text)) {
      const date = read(match);
      const valid =
        date.month >= 1 &&
        date.month <= 12 &&
        (date.day === undefined || (date.day >= 1 && date.day <= 31));
      if (valid && !found.some((known) => covers(known, date))) found.push(date);
    }
  }
  return found;
}

/** Whether a date names the same day (or, without a day, the same month) as another. */
export function covers(known: CalendarDate, claimed: CalendarDate): boolean {
  if (known.month !== claimed.month) return false;
  // "early November" against the 18th: the day must fall in that part of the month.
  if (claimed.part && known.day !== undefined) {
    const [from, to] = PART_DAYS[claimed.part];
    return known.day >= from && known.day <= to;
  }
  return claimed.day === undefined || known.day === claimed.day;
}
