/**
 * "윗글에 나오는 달러 금액을 모두 찾으면 각각 얼마인가요?", "기사에 나온 모든 금액 알려줘", "List every
 * dollar amount in the article", "what are all the figures?": every amount asked at once is the
 * list of the story's figures, which its summary gives. A one-sentence question asking for every
 * amount is read as that summary asked. Not a sum of them ("모든 금액을 합치면", "all the amounts
 * added up") nor a check of them ("are all the figures right?").
 */

/** A cheap first test: a word of amount in either language. */
const AMOUNT_WORD = /금액|액수|수치|숫자|amount|figure|number|sum/iu;

/** "모든 금액", "전체 액수", "달러 금액을 모두 찾", "숫자들 전부 뽑", "금액 다 알려". */
const KOREAN_EVERY_AMOUNT =
  /(?:모든|전체|전부의?)\s?(?:달러\s?)?(?:금액|액수|수치|숫자)|(?:금액|액수|수치|숫자)(?:들)?(?:을|를|이|은)?\s?(?:모두|전부|싹\s?다|다)\s?(?:찾|알려|정리|뽑|말해|나열|적어|보여|얼마)/u;
/** "every dollar amount", "all the figures", "all of the numbers", "each amount". */
const ENGLISH_EVERY_AMOUNT =
  /\b(?:all|every|each)\s(?:of\s)?(?:the\s)?(?:dollar\s|money\s)?(?:amounts?|figures?|numbers?|sums?)\b/iu;

/** A sum or a check of the amounts, or one amount picked out of them, is asked instead. */
const OTHER_ASK =
  /합|더하|더해|총|차이|비교|가장|제일|맞|사실|틀|\b(?:sum|total|add|added|combined|compare|difference|biggest|largest|smallest|right|correct|true|accurate|wrong)\b/iu;

/** More than one sentence: the amounts may be only one of its asks. */
const SENTENCE_BREAK = /[.!?？。]\s+\S|\n/u;

const SUMMARY_OF_AMOUNTS = { ko: "금액 정리해줘", en: "summary of the amounts" } as const;

/**
 * "모든 금액(엔비디아 투자, 마이크로소프트 투자, 딜 이후 기업가치)": the amounts named in brackets
 * after the phrase are the ones asked, each of them, not the summary's list.
 */
const NAMED_IN_BRACKETS = /^\s?[(（]([^()（）]{3,200}[,，][^()（）]{3,200})[)）]/u;

/** The question as the summary of the figures, when it asks for every amount and only that. */
export function asEveryAmount(question: string): string {
  if (!AMOUNT_WORD.test(question)) return question;
  const every = KOREAN_EVERY_AMOUNT.exec(question) ?? ENGLISH_EVERY_AMOUNT.exec(question);
  if (!every) return question;
  if (OTHER_ASK.test(question) || SENTENCE_BREAK.test(question.trim())) return question;
  const korean = /\p{Script=Hangul}/u.test(question);
  const named = NAMED_IN_BRACKETS.exec(question.slice(every.index + every[0].length))?.[1];
  if (named) return `${named} ${korean ? "금액 정리해줘" : "amounts"}`;
  return korean ? SUMMARY_OF_AMOUNTS.ko : SUMMARY_OF_AMOUNTS.en;
}
