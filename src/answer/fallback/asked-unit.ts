/**
 * The unit a question asks a figure to be written in: "in trillions", "조 단위로", "몇 만 달러",
 * "in millions of dollars", "백만 달러 단위", "in full digits", "메가와트로 환산". Generic words of
 * scale and unit, nothing of one story.
 */
import { englishNumber, koreanNumber } from "../../knowledge/figures.ts";
import type { Figure, Language } from "../../knowledge/schema.ts";
import { type GivenRate, givenRate } from "./exchange-rate.ts";

export interface AskedUnit {
  /** The unit of the figure it applies to. */
  readonly from: Figure["unit"];
  /** How many of the figure's base units make one of the asked unit. */
  readonly scale: number;
  /** "$0.01 trillion" / "0.01조 달러": the converted number written in the asked unit. */
  readonly write: (value: number, language: Language) => string;
  /** Numbers the question writes that are the unit's, not figures to convert (a rate's). */
  readonly ownNumbers?: readonly number[];
}

/** A cheap first test: no word of scale or unit, no reading. */
const ANY_UNIT_WORD =
  /trillion|million|thousand|digit|zero|단위|몇 ?(?:조|만|백만|천만)|메가와트|\bmw\b|megawatt|숫자로|자릿수|환산/u;

/** Billions (억) are how money figures are written already: no conversion asked. */
const ENGLISH_SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  trillion: 1e12,
};
const KOREAN_SCALE: Readonly<Record<string, number>> = {
  만: 1e4,
  십만: 1e5,
  백만: 1e6,
  천만: 1e7,
  조: 1e12,
};

/**
 * "in trillions", "into millions of dollars", "expressed in trillion dollars", "how many millions"
 * ("how many thousand millions" is billions, read as "how much" by the glossary).
 */
const ENGLISH_SCALE_ASKED =
  /\b(?:(?:in|into|as) (?:us |usd )?(?:dollar )?|how many )(thousand|million|trillion)s?\b(?! (?:of )?millions?\b)/u;
/** "조 단위로", "만 달러 단위", "백만 달러 단위로", "몇 조 달러", "몇 만 달러". */
const KOREAN_SCALE_ASKED =
  /(?<![0-9가-힣])(십만|백만|천만|만|조) ?(?:달러|불)? ?단위|몇 ?(십만|백만|천만|만|조) ?(?:달러|불)/u;
/** "in full digits", "written out in digits", "with all the zeros", "숫자로 다 풀어서". */
const FULL_DIGITS =
  /\bfull digits\b|\b(?:in|as|into) (?:plain |raw |all )?digits\b|\ball (?:the |its |of the )?zeros\b|\bwith(?:out)? (?:the )?zeros\b|\bevery zero\b|숫자로 (?:다 |전부 |모두 )?(?:풀어|써|쓰|적|표기)|0(?:을|을 다|까지)? (?:다 )?붙여|자릿수/u;
/**
 * "in megawatts", "how many MW", "메가와트로 환산", "몇 MW야"; not a figure claimed in megawatts ("1000 MW
 * 맞지?"), which is checked, not converted.
 */
const MEGAWATTS =
  /\bhow many (?:mw|megawatts?)\b|\b(?:in|into|to|as) (?:mw|megawatts?)\b|메가 ?와트로|몇 ?(?:메가 ?와트|mw\b)/u;

/** The unit asked, or undefined when the question asks none. */
export function askedUnit(text: string): AskedUnit | undefined {
  // "At 83 rupees per dollar, how many rupees is…": a currency at the rate the asker gives.
  const rate = givenRate(text);
  if (rate) return inCurrency(rate);
  if (!ANY_UNIT_WORD.test(text)) return undefined;
  if (MEGAWATTS.test(text)) return { from: "GW", scale: 1e-3, write: megawatts };
  if (FULL_DIGITS.test(text)) return { from: "USD", scale: 1, write: digits };
  const english = ENGLISH_SCALE_ASKED.exec(text);
  const englishScale = english?.[1] ? ENGLISH_SCALE[english[1]] : undefined;
  if (english?.[1] && englishScale) return moneyIn(englishScale, english[1], undefined);
  const korean = KOREAN_SCALE_ASKED.exec(text);
  const word = korean?.[1] ?? korean?.[2];
  const koreanScale = word ? KOREAN_SCALE[word] : undefined;
  if (word && koreanScale) return moneyIn(koreanScale, undefined, word);
  return undefined;
}

function moneyIn(
  scale: number,
  english: string | undefined,
  korean: string | undefined,
): AskedUnit {
  return {
    from: "USD",
    scale,
    write: (value, language) => {
      const number = plain(value);
      if (language === "ko") {
        return korean ? `${number}${korean} 달러` : `${number} ${english ?? ""} 달러`.trim();
      }
      return english ? `${number} ${english} dollars` : `${number}${korean ?? ""} dollars`;
    },
  };
}

function digits(value: number, language: Language): string {
  return language === "ko" ? `${plain(value)}달러` : `${plain(value)} dollars`;
}

function megawatts(value: number, language: Language): string {
  return language === "ko" ? `${plain(value)}메가와트(MW)` : `${plain(value)} MW`;
}

/** 10000 -> "10,000", 0.35 -> "0.35"; no float noise (0.1 + 0.2). */
function plain(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** A dollar figure in the currency of the rate given, with the rate said (the article has none). */
function inCurrency(given: GivenRate): AskedUnit {
  const rate = plain(given.rate);
  return {
    from: "USD",
    scale: 1 / given.rate,
    // "1달러에 1350원": the rate's one dollar as well as its 1,350.
    ownNumbers: [given.rate, 1],
    // Whole units: dividing by the rate's inverse leaves float noise (38999999999999.99 for 39조).
    write: (value, language) =>
      language === "ko"
        ? `${koreanNumber(Math.round(value))} ${given.name.ko}(주신 환율 1달러 = ${rate}${given.name.ko} 기준이며, 기사에는 환율이 나오지 않습니다)`
        : `${englishNumber(Math.round(value))} ${given.name.en} (at the ${rate} ${given.name.en} per dollar you gave; the article gives no exchange rate)`,
  };
}
