/**
 * Decimals said aloud, as voice typing writes them: "four point five" and "사 점 오" are 4.5,
 * "one point five gigawatts" is 1.5 gigawatts, "영 점 오" is 0.5. Written in digits, a version
 * or an amount is read like a typed one. Language, not any one story.
 */

const ENGLISH_DIGIT: Readonly<Record<string, string>> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};
const KOREAN_DIGIT: Readonly<Record<string, string>> = {
  영: "0",
  공: "0",
  일: "1",
  이: "2",
  삼: "3",
  사: "4",
  오: "5",
  육: "6",
  칠: "7",
  팔: "8",
  구: "9",
};

/** A cheap scan first: most messages say neither word. */
const MAYBE = /point|점/u;
const WHOLE = "zero|one|two|three|four|five|six|seven|eight|nine|\\d";
const DIGIT = "zero|oh|one|two|three|four|five|six|seven|eight|nine|\\d";
/**
 * "four point five", "one point eight three": not "at one point two of them said", where
 * "point" is a moment.
 */
const ENGLISH_DECIMAL = new RegExp(
  `(?<![a-z\\d.])(?<!\\bat )(${WHOLE}) point ((?:${DIGIT})(?: (?:${DIGIT}))*)(?![a-z\\d])`,
  "gu",
);
/** What may follow the last Korean digit: the end of the word, or a particle. */
const PARTICLE = "(?:이랑|이야|이나|으로|까지|하고|버전|도|가|는|은|을|를|랑|야|로|의|만|나)";
/**
 * "사 점 오", "영 점 오": a digit alone, a spaced 점, a digit ending its word. "이 점" is "this
 * point", so a 2 before 점 counts only after a Latin word ("gpt 이 점 오").
 */
const KOREAN_DECIMAL = new RegExp(
  `(?:(?<![가-힣])([영공일삼사오육칠팔구])|(?<=[a-z] )(이)) 점 ([영공일이삼사오육칠팔구])(?=$|[^가-힣]|${PARTICLE}(?![가-힣]))`,
  "gu",
);

/** The text with spoken decimals written in digits. */
export function spokenDecimals(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text
    .replace(ENGLISH_DECIMAL, (_whole, whole: string, digits: string) => {
      const fraction = digits
        .split(" ")
        .map((digit) => ENGLISH_DIGIT[digit] ?? digit)
        .join("");
      return `${ENGLISH_DIGIT[whole] ?? whole}.${fraction}`;
    })
    .replace(
      KOREAN_DECIMAL,
      (_whole, whole: string | undefined, two: string | undefined, digit: string) =>
        `${KOREAN_DIGIT[whole ?? two ?? ""]}.${KOREAN_DIGIT[digit]}`,
    );
}
