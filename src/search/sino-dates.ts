/**
 * Dates spoken in Sino-Korean numerals: "이천이십오년 십일월 십팔일" is 2025년 11월 18일, which the
 * date reading knows. Voice typing and older writers spell them out. A year may be any number
 * ("삼년" is 3년 either way), a month only 1-12 (유월 and 시월 are June's and October's own
 * spellings), and a day only after a month, as "일" alone is a word of its own. Language, not any
 * one story.
 */
import { SINO_DIGIT, SMALL_SCALE } from "./numbers.ts";

const NUMERAL_DATE =
  /(?:(?<!\p{Script=Hangul})|(?<=[년월]))(?:([일이삼사오육칠팔구십백천]+)년|(?:([일이삼사오육칠팔구십]+)월|(유월|시월))(?:\s?([일이삼사오육칠팔구십]+)일)?)/gu;
const MAYBE = /[년월]/u;

/** The value of a Sino-Korean numeral below ten thousand ("이천이십오" is 2025), if it is one. */
export function sinoNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastScale = Number.POSITIVE_INFINITY;
  for (const char of text) {
    const value = SINO_DIGIT[char];
    if (value !== undefined) {
      if (digit !== undefined) return undefined;
      digit = value;
      continue;
    }
    const scale = SMALL_SCALE[char];
    if (scale === undefined || scale >= lastScale) return undefined;
    total += (digit ?? 1) * scale;
    digit = undefined;
    lastScale = scale;
  }
  return total + (digit ?? 0);
}

/** The text with dates in Sino-Korean numerals written in digits. */
export function sinoDates(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text.replace(
    NUMERAL_DATE,
    (whole, year?: string, month?: string, ownName?: string, day?: string) => {
      if (year !== undefined) {
        const value = sinoNumeral(year);
        return value ? `${value}년` : whole;
      }
      const value = ownName ? (ownName === "유월" ? 6 : 10) : sinoNumeral(month ?? "");
      if (!value || value > 12) return whole;
      if (day === undefined) return `${value}월`;
      const dayValue = sinoNumeral(day);
      return dayValue && dayValue <= 31 ? `${value}월 ${dayValue}일` : whole;
    },
  );
}
