import { findAmounts } from "../../search/numbers.ts";

/**
 * An exchange rate the asker gives ("at 83 rupees per dollar", "$1 = 1,400 won", "환율 1400원이면",
 * "달러당 1,350원"): with it, a dollar figure can be written in that currency. The knowledge gives
 * no rate of its own, so without one a conversion stays not covered. Generic currency words only.
 */

export interface GivenRate {
  /** Units of the currency one dollar buys. */
  readonly rate: number;
  /** The currency's name, as each language writes it after a number. */
  readonly name: { readonly en: string; readonly ko: string };
}

const CURRENCIES: readonly { pattern: RegExp; en: string; ko: string }[] = [
  { pattern: /^(?:won|krw|원)$/u, en: "won", ko: "원" },
  { pattern: /^(?:rupees?|inr|rs\.?|루피)$/u, en: "rupees", ko: "루피" },
  { pattern: /^(?:yen|jpy|엔)$/u, en: "yen", ko: "엔" },
  { pattern: /^(?:euros?|eur|€|유로)$/u, en: "euros", ko: "유로" },
  { pattern: /^(?:pounds?|gbp|£|파운드)$/u, en: "pounds", ko: "파운드" },
  { pattern: /^(?:yuan|rmb|cny|위안)$/u, en: "yuan", ko: "위안" },
];

const CURRENCY_WORD = String.raw`won|krw|rupees?|inr|rs\.?|yen|jpy|euros?|eur|pounds?|gbp|yuan|rmb|cny|원|루피|엔|유로|파운드|위안`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const DOLLAR = String.raw`(?:us\s?)?(?:dollars?|usd|buck|\$|달러|불)`;
const HEDGE = String.raw`(?:roughly |about |around |approx(?:imately)?\.? |~ ?|약 ?|대략 ?)?`;

/** What stands between a currency and the dollar it is priced per ("per", "to the", "/"). */
const PER = "per|to the|to a|a|an|for (?:one|1|a|each)|/";

/** A currency word anywhere: no rate is given without one. */
const NAMES_CURRENCY = new RegExp(`(?:${CURRENCY_WORD})`, "u");

/** "83 rupees per dollar", "1,400 won to the dollar", "1400원/달러". */
const PER_DOLLAR = new RegExp(
  `${HEDGE}${NUMBER}\\s?(${CURRENCY_WORD})\\s?(?:${PER}|당)\\s?${DOLLAR}`,
  "u",
);
/** "$1 = 1,400 won", "1 dollar = 83 rupees", "1달러에 1400원", "1달러당 1400원". */
const ONE_DOLLAR_IS = new RegExp(
  `(?:\\$\\s?1|1\\s?${DOLLAR}|one ${DOLLAR})\\s?(?:=|is|equals|to|에|당|은|는|이면)?\\s?${HEDGE}${NUMBER}\\s?(${CURRENCY_WORD})`,
  "u",
);
/** "달러당 1,350원". */
const DOLLAR_EACH = new RegExp(`${DOLLAR}\\s?당\\s?${HEDGE}${NUMBER}\\s?(${CURRENCY_WORD})`, "u");
/** "환율 1400원", "환율이 1,380원이면", "exchange rate of 1,400 won", "at an exchange rate of 83". */
const RATE_NAMED = new RegExp(
  `(?:환율|exchange rate)\\s?(?:이|을|은|가|of|is|at)?\\s?${HEDGE}${NUMBER}\\s?(${CURRENCY_WORD})`,
  "u",
);

/** The rate the text gives, if it gives one in a currency named. */
export function givenRate(written: string): GivenRate | undefined {
  // Every rate names its currency: most questions name none and skip reading numbers in words.
  if (!NAMES_CURRENCY.test(written)) return undefined;
  const text = withNumeralsInDigits(written);
  if (!/\d/u.test(text)) return undefined;
  for (const pattern of [PER_DOLLAR, ONE_DOLLAR_IS, DOLLAR_EACH, RATE_NAMED]) {
    const found = pattern.exec(text);
    if (!found) continue;
    const rate = Number((found[1] ?? "").replaceAll(",", ""));
    const currency = CURRENCIES.find((each) => each.pattern.test(found[2] ?? ""));
    if (!currency || !(rate > 0)) continue;
    return { rate, name: { en: currency.en, ko: currency.ko } };
  }
  return undefined;
}

/**
 * The text with numbers written in words ("천사백원", "eighty-three rupees") in digits, so a rate
 * reads the same however its number is written; amounts already in digits stay as written.
 */
function withNumeralsInDigits(text: string): string {
  let out = text;
  for (const amount of findAmounts(text).reverse()) {
    const written = text.slice(amount.start, amount.end);
    if (!/^\d+$/u.test(amount.key) || /\d/u.test(written) || amount.currency === "usd") continue;
    // "천사백원": the won read with the number stays after its digits.
    const won = amount.currency === "krw" ? "원" : "";
    out = `${out.slice(0, amount.start)}${amount.key}${won}${out.slice(amount.end)}`;
  }
  return out;
}

/** "At 83 rupees per dollar, …": a rate given first, as its own clause. */
const RATE_CLAUSE_FIRST = new RegExp(
  `^\\s*(?<clause>(?:at|@|with|using|assuming|if|taking)\\s+(?:a rate of |an exchange rate of |the rate of |a rate |an fx rate of )?${HEDGE}(?:${NUMBER}\\s?(?:${CURRENCY_WORD})\\s?(?:${PER})\\s?${DOLLAR}|(?:\\$\\s?1|1\\s?${DOLLAR})\\s?(?:=|is|equals)\\s?${NUMBER}\\s?(?:${CURRENCY_WORD})))\\s*[,:;]\\s*(?<rest>.+?)\\s*(?<mark>[?？!.]*)\\s*$`,
  "iu",
);

/**
 * The question with a rate given first moved after what it asks ("At 83 rupees per dollar, how
 * many rupees is…?" -> "how many rupees is… at 83 rupees per dollar?"): as a clause of its own it
 * would be read as an ask of its own, and the ask without the rate as a conversion not covered.
 */
export function withGivenRateLast(question: string): string {
  const trailing = withTrailingRateJoined(question);
  if (trailing !== undefined) return trailing;
  const found = RATE_CLAUSE_FIRST.exec(question)?.groups;
  if (!found) return question;
  const { clause = "", rest = "", mark = "" } = found;
  return `${rest} ${clause.charAt(0).toLowerCase()}${clause.slice(1)}${mark || "?"}`;
}

/** "…몇 조여? 환율은 1400원으로 쳐서유", "…in won? Use 1,400 won to the dollar.": the ask, then its rate. */
const RATE_SENTENCE_AFTER = /^(?<ask>.+?)\s*[?？]+\s*(?<rate>[^?？]+?)\s*[?？!.]*\s*$/u;

/**
 * The question with a rate given as a sentence of its own after the ask joined to it ("…몇
 * 조여? 환율은 1400원으로 쳐서유" -> "…몇 조여 환율은 1400원으로 쳐서유?"): apart, the ask would
 * be a conversion with no rate and the rate a sentence asking nothing.
 */
function withTrailingRateJoined(question: string): string | undefined {
  const found = RATE_SENTENCE_AFTER.exec(question)?.groups;
  if (!found?.ask || !found.rate) return undefined;
  // The rate sentence first: it is short, and most questions' last sentence gives none.
  if (!givenRate(found.rate) || givenRate(found.ask)) return undefined;
  return `${found.ask} ${found.rate}?`;
}
