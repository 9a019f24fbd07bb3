/**
 * Finds amounts in normalised text and gives each one canonical key, so that every way of writing
 * one amount is the same search term: "$20B", "20 bil", "twenty billion dollars",
 * "$20,000,000,000", "200억 달러", "이백억 불"; "2GW", "2 gigawatts", "2기가와트", "이 기가와트".
 * Money amounts also report their currency, which the tokenizer turns into a word of its own
 * ("usd", "krw") so that a passage stating "$10 billion" also answers a question about "money".
 *
 * An amount is read in three steps: a numeral (digits, English number words, Sino-Korean
 * numerals or a mix such as "3천5백억"), then an optional scale word ("billion", "bn"), then an
 * optional unit or currency ("달러", "GW", "%"), with an optional currency sign before it.
 */
import { isHangulSyllable } from "./korean.ts";

export interface Amount {
  /** Canonical key: the value in base units, with a unit suffix where the unit is not money. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly currency?: "usd" | "krw";
}

type Currency = "usd" | "krw";

interface Numeral {
  readonly value: number;
  readonly end: number;
  /** Written with Korean scale syllables (만, 억, 조): no English scale word follows it. */
  readonly koreanScale: boolean;
  /** Sino-Korean numerals only, no digits: accepted only when clearly a number (see below). */
  readonly sinoOnly: boolean;
  /** English number words only. */
  readonly words: boolean;
  /** Has 십, 백 or 천: "구조" (structure) and "일조" are words, "백억" and "오십억" amounts. */
  readonly smallScale?: boolean;
}

export const SINO_DIGIT: Readonly<Record<string, number>> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
export const SMALL_SCALE: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const BIG_SCALE: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };

const ENGLISH_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** English scale words and abbreviations; one letter only when glued or after a sign. */
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  // Said aloud, "thirty thou million": a thousand, read only before a larger scale.
  thou: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mil: 1e6,
  mill: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bil: 1e9,
  bils: 1e9,
  bill: 1e9,
  bills: 1e9,
  // Traders' slang for a billion (a milliard): "fifteen yards", "10 yds", "the 5 yard guy"; the
  // singular only before who or what is paid, never in "the 10 yard line".
  yard: 1e9,
  yards: 1e9,
  yds: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  // The milliard as German, Dutch, Italian and Polish write it out: "5 Milliarden", "10 miljard",
  // "15 miliardi".
  milliarde: 1e9,
  milliarden: 1e9,
  miljard: 1e9,
  miljarden: 1e9,
  miliardi: 1e9,
  miliardo: 1e9,
  miliard: 1e9,
  miliardy: 1e9,
  miliardów: 1e9,
  // The milliard abbreviated as French, German and Italian write it: "10 Md$", "5 Mrd. USD",
  // "15 mld".
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  mld: 1e9,
  mlds: 1e9,
  // Chat slang: "5 billy".
  billy: 1e9,
  billies: 1e9,
  billi: 1e9,
  bln: 1e9,
  bn: 1e9,
  // Spanish and Portuguese speakers writing English keep their own scale words (accents are
  // folded before this): "5 mil millones", "5 bilhões", "5 bi" (Brazilian short for bilhão).
  // Spanish "billón" is a million million, so it is not read here.
  "mil millones": 1e9,
  "mil milhoes": 1e9,
  millones: 1e6,
  millon: 1e6,
  milhoes: 1e6,
  milhao: 1e6,
  bilhoes: 1e9,
  bilhao: 1e9,
  bi: 1e9,
  // Voice typing writes a spoken "B" as the word: "ten bee", "thirty bee".
  bee: 1e9,
  b: 1e9,
  trillion: 1e12,
  tril: 1e12,
  // Written in Hangul, as people say them: "10빌리언", "15빌".
  빌리언: 1e9,
  빌: 1e9,
  밀리언: 1e6,
  밀: 1e6,
  트릴리언: 1e12,
  tn: 1e12,
  t: 1e12,
};

// "10.000.000.000" (dots between thousands, as much of Europe and Latin America writes them) is
// ten billion: two or more dot groups of three digits cannot be a decimal.
const DIGITS = /\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d+(?:,\d{3})*(?:\.\d+)?/y;
const ENGLISH_WORD = /[a-z]+/y;
/** " dozen", " couple of": counts said with "a" before a scale ("a dozen billion"). */
const COUNT_WORD = / (dozen|couple)(?: of)?(?![a-z])/y;
const SCALE_WORD =
  /([ -]?)(thousand|thou(?= (?:millions?|mil|billions?|bil)(?![a-z]))|millions?|mil millones|mil milhoes|millones|millon|milhoes|milhao|bilhoes|bilhao|bi(?!-)|mill?|mn|billions?|billy|billies|billi|bil(?:ls?|s)?|yard(?= (?:guy|guys|dude|one|investor|investment|check|cheque|bet|ticket|deal|commitment|stake)\b)|yards|yds|milliarden|milliarde|milliards?|miljard(?:en)?|miliard(?:i|o|y|ów)?|mrds?|mds?|mlds?|bln|bn|bee|trillion|tril|tn|[kmbt]|빌리언|밀리언|트릴리언|빌(?![려렸린릴])|밀(?![가-힣]))(?![a-z])/y;
/**
 * Dollars in finance slang: "10 large", "thirty big ones". "Large" only where no noun follows it
 * ("two large investors" counts heads); "big ones" not after "the" ("the two big ones" are
 * companies; see readAmount).
 */
const MONEY_SLANG =
  /large(?=\s*(?:$|[^\sa-z]|(?:confirmed|right|correct|yeah|yes|true|total|each|from|into|in|for|of|to|and|or|vs|then|ok|okay|lol|huh|i mean)(?![a-z])))|big ones?(?![a-z])/u;
/** A determiner before the numeral: what follows is counted ("the two big ones"). */
const COUNTED = /\b(?:the|these|those|both|its|their|our|my|his|her|all)\s+$/u;
const UNIT = new RegExp(
  String.raw`([ -]?)(?:(giga?[- ]?watts?|gw|기가 ?와트|gigs?(?= of (?:power|compute|capacity|electricity|energy|juice)\b))|(megawatts?|mw|메가 ?와트)|(%|percent|퍼센트|프로)|(dollars?|bucks|usd|달러|달라|딸라|딸러|불|(?<=[\d만억조])\$(?!\s?\d)|${MONEY_SLANG.source})|(won|krw|원)|(terawatts?|tw|테라 ?와트))(?![a-z])`,
  "y",
);
const SIGN = /(?:us\$|\$|₩|usd ?|krw ?)$/;
const EXPONENT = /(?:e\+?|\s?[x×*]\s?10\s?\^\s?)(\d{1,2})(?![a-z\d])/y;
/**
 * Where a numeral may begin: a digit, a Sino-Korean numeral opening a word, an English word. A
 * Sino-Korean digit (일…구) only counts before a scale syllable or what may start a unit (see
 * readKorean and UNIT): Korean words open with 이, 사, 오… far more often than numbers do.
 */
/** English numbers spelt in Hangul before a scale or a unit ("텐빌리언", "원기가와트"). */
const KONGLISH: Readonly<Record<string, number>> = {
  원: 1,
  투: 2,
  쓰리: 3,
  포: 4,
  파이브: 5,
  식스: 6,
  세븐: 7,
  에잇: 8,
  나인: 9,
  텐: 10,
  피프틴: 15,
  트웬티: 20,
  써티: 30,
  서티: 30,
  포티: 40,
  피프티: 50,
};
/**
 * An English scale said in Hangul after a Sino-Korean numeral ("십 빌리언", "오 빌리언"): whole
 * words only, or 빌 standing alone, so that "이 빌딩" and "십 빌라" stay words.
 */
const SINO_HANGUL_SCALE = /^ ?(?:빌리언|밀리언|트릴리언|빌(?![가-힣]))/u;
const KONGLISH_WORDS = Object.keys(KONGLISH)
  .sort((a, b) => b.length - a.length)
  .join("|");
const KONGLISH_WORD = new RegExp(KONGLISH_WORDS, "y");
const CANDIDATE = new RegExp(
  String.raw`\d|(?<!\p{Script=Hangul})(?:[십백천]|[일이삼사오육칠팔구](?=[십백천만억조]|[ -]?[gmpdbuwk%퍼프달불원기메]|${SINO_HANGUL_SCALE.source.slice(1)}))|(?<!\p{Script=Hangul})(?:${KONGLISH_WORDS})(?=[ -]?(?:빌|밀리언|트릴리언|기가 ?와트))|(?<![a-z])(?:a|an|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z])`,
  "gu",
);

export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const amount = readAmount(text, match.index);
    if (amount) {
      found.push(amount);
      CANDIDATE.lastIndex = amount.end;
    }
  }
  return found.length >= 2 ? withSharedScales(found, text) : found;
}

/** English scales a bare number may share with its neighbour: trillion, billion, million. */
const SHARED_SCALES = [1e12, 1e9, 1e6];
/** Between a number and a scaled one it shares the scale with: "5 or 10 billion", "5-10bn". */
const JOINED_BEFORE = /^\s*(?:or|to|and|plus|vs\.?|versus|-|–|~|\+)\s*$/u;
/** Between a scaled number and a bare one offered as the other choice: "15 bil in total or 30". */
const CHOICE_AFTER = /^[^\d]{0,24}?\b(?:or|vs\.?|versus)\s+$/u;
/** What may follow that bare choice: the end of the question, or its tag ("which one"). */
const AFTER_CHOICE = /^\s*(?:[?!.,)]|$|which\b|right\b|then\b)/u;
/** Between a scaled number and a bare one set against it: "30 bil on Azure but only getting 15". */
const CONTRAST_AFTER = /^[^\d?]{0,40}?\b(?:but|while|whereas|yet)\b[^\d?]{0,24}$/u;
/** What makes that bare number money set against the first: "15 invested", "15 back", "15 in". */
const AFTER_CONTRAST =
  /^\s*(?:invested|in investment|of investment|investment|back|in return|in)\b/u;

/**
 * "5 or 10 billion", "fifteen bil in total or thirty?", "thirty bil on Azure but only fifteen
 * invested": a bare number offered beside a scaled one, or set against it as money, means the
 * same scale, as speech has it. Only a bare number under a thousand, with no unit.
 */
function withSharedScales(amounts: readonly Amount[], text: string): Amount[] {
  const result = [...amounts];
  for (let at = 0; at + 1 < result.length; at++) {
    const first = result[at] as Amount;
    const second = result[at + 1] as Amount;
    const between = text.slice(first.end, second.start);
    if (isBare(first) && isScaled(second) && JOINED_BEFORE.test(between)) {
      result[at] = scaledLike(first, second);
    } else if (
      isScaled(first) &&
      isBare(second) &&
      ((CHOICE_AFTER.test(between) && AFTER_CHOICE.test(text.slice(second.end))) ||
        (CONTRAST_AFTER.test(between) && AFTER_CONTRAST.test(text.slice(second.end))))
    ) {
      result[at + 1] = scaledLike(second, first);
    }
  }
  return result;
}

function isBare(amount: Amount): boolean {
  return amount.currency === undefined && /^\d{1,3}(?:\.\d+)?$/.test(amount.key);
}

function isScaled(amount: Amount): boolean {
  return /^\d+$/.test(amount.key) && Number(amount.key) >= 1e6;
}

/** A bare amount at the scale of a scaled one (its largest English scale), with its currency. */
function scaledLike(bare: Amount, scaled: Amount): Amount {
  const value = Number(scaled.key);
  const scale = SHARED_SCALES.find((candidate) => value >= candidate) ?? 1;
  const key = String(round(Number(bare.key) * scale));
  return scaled.currency
    ? { key, start: bare.start, end: bare.end, currency: scaled.currency }
    : { key, start: bare.start, end: bare.end };
}

function readAmount(text: string, start: number): Amount | undefined {
  // A number glued to letters ("rtx5090", "gpt4") is a name, not an amount; nor is its tail.
  if (/[a-z\d]/.test(text[start - 1] ?? "")) return undefined;
  // "몇 십억", "몇백억": how many of a scale is a question, not an amount.
  if (/몇\s?$/u.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  const numeral = readNumeral(text, start);
  if (!numeral) return undefined;
  const sign = SIGN.exec(text.slice(Math.max(0, start - 4), start))?.[0];
  let value = numeral.value;
  let end = numeral.end;
  let scaled = numeral.koreanScale;
  // "3.5e11", "1.5 x 10^10", "1.83×10^11": scientific notation, as engineers and spreadsheets write.
  if (!numeral.koreanScale && !numeral.words && !numeral.sinoOnly) {
    EXPONENT.lastIndex = end;
    const exponent = EXPONENT.exec(text);
    if (exponent) {
      value *= 10 ** Number(exponent[1]);
      end = EXPONENT.lastIndex;
      scaled = true;
    }
  }
  if (!scaled) {
    SCALE_WORD.lastIndex = afterApproximation(text, end);
    let scale = SCALE_WORD.exec(text);
    if (!scale && SCALE_WORD.lastIndex !== end) {
      SCALE_WORD.lastIndex = end;
      scale = SCALE_WORD.exec(text);
    }
    // "15b", "$5 b", "30 bil": a one-letter scale after a space counts only after a sign, or
    // after a number in words ("thirty b"), which no plan or version letter follows.
    // "오 빌 달러": 빌 spaced off counts when it ends its word.
    const spacedLetter =
      scale !== null &&
      scale[1] !== "" &&
      (scale[2] ?? "").length === 1 &&
      (/[a-z]/.test(scale[2] ?? "") || /[가-힣]/u.test(text[SCALE_WORD.lastIndex] ?? ""));
    if (scale && !(spacedLetter && !sign && !(numeral.words && scale[2] === "b"))) {
      value *= SCALE[scale[2] ?? ""] ?? 1;
      end = SCALE_WORD.lastIndex;
      scaled = true;
      // "thirty thousand million", "5k mil": a thousand of the larger scale that follows.
      // "thirty-thousand-million-dollar": hyphenated as one word, as before a noun.
      if (scale[2] === "thousand" || scale[2] === "thou" || scale[2] === "k") {
        const larger = SCALE_WORD.exec(text);
        const joined = larger?.[1] === " " || (larger?.[1] === "-" && scale[1] === "-");
        if (larger && joined && (larger[2] ?? "").length > 1) {
          value *= SCALE[larger[2] ?? ""] ?? 1;
          end = SCALE_WORD.lastIndex;
        }
      }
    }
  }
  UNIT.lastIndex = end;
  const unit = UNIT.exec(text);
  // "the two big ones", "those 3 large": things counted, not money.
  if (unit?.[5] && /^\s?(?:big|large)/.test(unit[5]) && COUNTED.test(text.slice(0, start))) {
    return undefined;
  }
  const hasUnit = unit !== null;
  const hangulScaled = numeral.sinoOnly && hangulScaleAt(text, numeral.end);
  if (!acceptable(numeral, scaled || sign !== undefined, hasUnit || hangulScaled)) {
    return undefined;
  }
  // "half a gigawatt": the "half" is the numeral's, not a word of its own.
  const half = numeral.words && numeral.value === 0.5 && text.endsWith("half ", start);
  const from = sign ? start - sign.length : half ? start - "half ".length : start;
  if (unit) {
    end = UNIT.lastIndex;
    if (unit[2]) return { key: `${round(value)}gw`, start: from, end };
    if (unit[3]) return { key: `${round(value / 1000)}gw`, start: from, end };
    if (unit[7]) return { key: `${round(value * 1000)}gw`, start: from, end };
    if (unit[4]) return { key: `${round(value)}%`, start: from, end };
  }
  const currency: Currency | undefined =
    unit?.[6] || sign === "₩" || sign?.startsWith("krw")
      ? "krw"
      : unit?.[5] || sign
        ? "usd"
        : undefined;
  const key = String(round(value));
  return currency ? { key, start: from, end, currency } : { key, start: from, end };
}

/**
 * "10-ish billion", "30ish bil", "ten ish billion", "a hundred and eighty-odd billion",
 * "180-something billion", "180-plus billion": a hedge between the numeral and its scale. The
 * scale is read after it (see readAmount); the hedge itself changes no value.
 */
const APPROXIMATION = /(?:[ -]?ish|[ -]odd|-something|-plus)(?![a-z])/y;
function afterApproximation(text: string, at: number): number {
  APPROXIMATION.lastIndex = at;
  return APPROXIMATION.exec(text) ? APPROXIMATION.lastIndex : at;
}

/**
 * Whether a numeral written in words is meant as a number: digits always are; Sino-Korean
 * syllables only with a scale and a unit-like context ("오십억", "백억", "일 기가와트", not "구조"
 * or "천문학"); English words when scaled, with a unit, or from ten up ("fifteen", but not the
 * "one" of "which one").
 */
function acceptable(numeral: Numeral, scaled: boolean, hasUnit: boolean): boolean {
  if (numeral.sinoOnly) return hasUnit || (numeral.koreanScale && numeral.smallScale === true);
  if (numeral.words) return scaled || hasUnit || numeral.value >= 10;
  return true;
}

/** Whether a Hangul English scale ("빌리언") follows at a position. */
function hangulScaleAt(text: string, at: number): boolean {
  return SINO_HANGUL_SCALE.test(text.slice(at, at + 5));
}

/**
 * After "오십 ", "백오십 ": 억, 만 or 조 that ends its word or takes a unit or particle ("억 불",
 * "억이"), not the opening of another word ("만들다", "조각").
 */
const SPACED_BIG_SCALE = /^[만억조](?:(?![가-힣])|(?=[불달원이은을에도쯤대의짜]))/u;
function spacedBigScale(text: string, at: number): boolean {
  return SPACED_BIG_SCALE.test(text.slice(at, at + 2));
}

function readNumeral(text: string, start: number): Numeral | undefined {
  const first = text[start] ?? "";
  if (/\d/.test(first) || first in SINO_DIGIT || first in SMALL_SCALE) {
    const numeral = readKorean(text, start);
    return numeral && !numeral.koreanScale ? withHalf(numeral, text) : numeral;
  }
  KONGLISH_WORD.lastIndex = start;
  const konglish = KONGLISH_WORD.exec(text)?.[0];
  if (konglish !== undefined) {
    const value = KONGLISH[konglish] ?? 0;
    return {
      value,
      end: start + konglish.length,
      koreanScale: false,
      sinoOnly: false,
      words: true,
    };
  }
  return readEnglish(text, start);
}

/**
 * Digits with or without Korean scale syllables, or Sino-Korean numerals: "300", "50억",
 * "3천5백억", "1조 2천억", "백오십억", "오십". A Sino-Korean digit counts only before a scale
 * syllable (so "오십억이야" ends at 억, not at the particle 이).
 */
function readKorean(text: string, start: number): Numeral | undefined {
  let total = 0;
  let section = 0;
  let current: number | undefined;
  let position = start;
  let sawDigits = false;
  let sawSmall = false;
  let sawBig = false;
  for (;;) {
    const char = text[position] ?? "";
    if (current === undefined && /\d/.test(char)) {
      DIGITS.lastIndex = position;
      const digits = DIGITS.exec(text)?.[0] ?? "";
      // Two dots are thousands separators ("10.000.000.000"); one is a decimal point.
      const thousandsByDots = digits.indexOf(".") !== digits.lastIndexOf(".");
      current = Number(digits.replace(thousandsByDots ? /\./g : /,/g, ""));
      position += digits.length;
      sawDigits = true;
      continue;
    }
    const next = text[position + 1] ?? "";
    const isScale = (c: string) => c in SMALL_SCALE || c in BIG_SCALE;
    if (current === undefined && char in SINO_DIGIT && isScale(next)) {
      current = SINO_DIGIT[char];
      position++;
      continue;
    }
    // "십오 빌리언", "이십오 퍼센트": the units digit right after a small scale, ending its word
    // (a syllable after it makes another word: "십오일" is a date, read by sino-dates.ts). Never
    // after a big one: "백오십억이" ends at 억, its 이 a particle.
    if (
      current === undefined &&
      char in SINO_DIGIT &&
      (text[position - 1] ?? "") in SMALL_SCALE &&
      !isHangulSyllable(next.charCodeAt(0))
    ) {
      current = SINO_DIGIT[char];
      position++;
      continue;
    }
    if (char in SMALL_SCALE) {
      section += (current ?? 1) * (SMALL_SCALE[char] as number);
      current = undefined;
      sawSmall = true;
      position++;
      continue;
    }
    if (char in BIG_SCALE && (current !== undefined || section > 0)) {
      total += (section + (current ?? 0)) * (BIG_SCALE[char] as number);
      section = 0;
      current = undefined;
      sawBig = true;
      position++;
      continue;
    }
    // "50 억", "1조 2천억", "백오십 억 불": a space inside a Korean amount.
    if (
      char === " " &&
      ((current !== undefined && isScale(next)) ||
        (sawBig && /\d/.test(next)) ||
        (section > 0 && spacedBigScale(text, position + 1)))
    ) {
      position++;
      continue;
    }
    break;
  }
  if (position === start) {
    // A lone Sino-Korean digit before a unit: "일 기가와트", "오 달러".
    const digit = SINO_DIGIT[text[start] ?? ""];
    if (digit === undefined) return undefined;
    UNIT.lastIndex = start + 1;
    if (!UNIT.test(text) && !hangulScaleAt(text, start + 1)) return undefined;
    return { value: digit, end: start + 1, koreanScale: false, sinoOnly: true, words: false };
  }
  if (!sawDigits && !sawSmall && !sawBig) return undefined;
  const value = total + section + (current ?? 0);
  // A trailing space belongs to what follows, not to the numeral.
  const end = text[position - 1] === " " ? position - 1 : position;
  return {
    value,
    end,
    koreanScale: sawBig,
    sinoOnly: !sawDigits,
    words: false,
    smallScale: sawSmall,
  };
}

/**
 * English number words up to the hundreds ("fifteen", "three hundred fifty", "two hundred and
 * fifty", "twenty-five"); "a"/"an" only before a scale ("a billion"). Scales above a hundred are
 * read by the caller, as for digits.
 */
function readEnglish(text: string, start: number): Numeral | undefined {
  const grouped = readDigitGroups(text, start);
  if (grouped) return grouped;
  let group = 0;
  let position = start;
  let end = start;
  let words = 0;
  let lastWasUnit = false;
  for (;;) {
    ENGLISH_WORD.lastIndex = position;
    const word = ENGLISH_WORD.exec(text)?.[0];
    if (word === undefined) break;
    const afterWord = position + word.length;
    if ((word === "a" || word === "an") && words === 0) {
      // "a dozen billion", "half a dozen gigawatts", "a couple of billion": a count of twelve or
      // two, only before a scale or a unit (never "a couple of questions").
      COUNT_WORD.lastIndex = afterWord;
      const count = COUNT_WORD.exec(text);
      if (count) {
        const countEnd = afterWord + count[0].length;
        SCALE_WORD.lastIndex = countEnd;
        UNIT.lastIndex = countEnd;
        if (SCALE_WORD.test(text) || UNIT.exec(text)?.[2] !== undefined) {
          const half = text.endsWith("half ", position) ? 0.5 : 1;
          return {
            value: half * (count[1] === "dozen" ? 12 : 2),
            end: countEnd,
            koreanScale: false,
            sinoOnly: false,
            words: true,
          };
        }
      }
      SCALE_WORD.lastIndex = afterWord;
      const scale = SCALE_WORD.exec(text);
      // "a bee" is an insect; "ten bee" a spoken "10B". "an MD" is a doctor: an abbreviated
      // milliard counts only after a number.
      if (
        !scale ||
        (scale[2] ?? "").length === 1 ||
        scale[2] === "bee" ||
        /^m(?:r|l)?ds?$/u.test(scale[2] ?? "")
      ) {
        // "a gigawatt", "half a gig of power": one of a unit.
        UNIT.lastIndex = afterWord;
        const unit = UNIT.exec(text);
        if (!text.startsWith(" hundred", afterWord) && !unit?.[2]) return undefined;
      }
      // "half a billion".
      group = text.endsWith("half ", position) ? 0.5 : 1;
      words++;
      end = afterWord;
    } else if (word in ENGLISH_UNITS && !lastWasUnit) {
      group += ENGLISH_UNITS[word] as number;
      lastWasUnit = true;
      words++;
      end = afterWord;
    } else if (word in ENGLISH_TENS && group % 100 === 0) {
      group += ENGLISH_TENS[word] as number;
      lastWasUnit = false;
      words++;
      end = afterWord;
    } else if (word === "hundred" && words > 0 && group < 100) {
      group *= 100;
      lastWasUnit = false;
      words++;
      end = afterWord;
    } else if (!(word === "and" && words > 0 && group >= 100)) {
      break;
    }
    // Words are joined by one space or a hyphen ("twenty-five").
    const separator = text[afterWord];
    if (separator !== " " && separator !== "-") break;
    position = afterWord + 1;
  }
  if (words === 0) return undefined;
  return withHalf({ value: group, end, koreanScale: false, sinoOnly: false, words: true }, text);
}

const AND_A_HALF = " and a half";

/** "ten and a half billion", "10 and a half billion": a half more of the scale that follows. */
function withHalf(numeral: Numeral, text: string): Numeral {
  return text.startsWith(AND_A_HALF, numeral.end)
    ? { ...numeral, value: numeral.value + 0.5, end: numeral.end + AND_A_HALF.length }
    : numeral;
}

const ONES = "one|two|three|four|five|six|seven|eight|nine";
const TENS = Object.keys(ENGLISH_TENS).join("|");
/** "one eighty three", "one-eighty-three", "two fifty": hundreds said as their digit, the tens after. */
const DIGIT_GROUPS = new RegExp(`(${ONES})[ -](${TENS})(?:[ -](${ONES}))?(?![a-z])`, "y");

/**
 * A number read out in digit groups, as people say prices and valuations: "one eighty three
 * billion" is 183 billion, "two fifty million" 250 million. Only before a scale or a unit (so a
 * time, "five thirty", stays words), and "one" with bare tens only with a digit after them:
 * "the one thirty billion" may be "the one, thirty billion".
 */
function readDigitGroups(text: string, start: number): Numeral | undefined {
  DIGIT_GROUPS.lastIndex = start;
  const match = DIGIT_GROUPS.exec(text);
  if (!match) return undefined;
  const [, hundreds = "", tens = "", ones] = match;
  if (hundreds === "one" && ones === undefined) return undefined;
  const end = DIGIT_GROUPS.lastIndex;
  SCALE_WORD.lastIndex = end;
  const scale = SCALE_WORD.exec(text);
  UNIT.lastIndex = end;
  if (!(scale && (scale[2] ?? "").length > 1) && !UNIT.test(text)) return undefined;
  const value =
    (ENGLISH_UNITS[hundreds] ?? 0) * 100 +
    (ENGLISH_TENS[tens] ?? 0) +
    (ones === undefined ? 0 : (ENGLISH_UNITS[ones] ?? 0));
  return { value, end, koreanScale: false, sinoOnly: false, words: true };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
