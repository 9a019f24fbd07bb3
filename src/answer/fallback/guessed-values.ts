/**
 * "How long is the commitment? 5 years? 10?", "이자율이 얼마예요? 3%? 5%?", "like five years?
 * ten?": values the asker offers as guesses for what the part before asks. Such a part asks
 * nothing of its own: when the part before is not covered, neither is it (alone, a guessed
 * figure would be read as a claim about the deal's own figures).
 */

/**
 * A number: digits, an English or native Korean number word, or Sino-Korean digits and powers
 * written out ("만", "십만", "백만", "이천": a count guessed in words).
 */
const ENGLISH_NUMBER =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)";
const NUMBER = `(?:\\d[\\d.,]*(?:\\s?(?:k|thousand|million|만|천|백))?|(?:${ENGLISH_NUMBER}|a)?\\s?(?:hundred|thousand|million)|${ENGLISH_NUMBER}|한|두|세|네|다섯|여섯|열|스무|[일이삼사오육칠팔구]?(?:십|백|천)?[일이삼사오육칠팔구]?(?:만|천|백)(?:\\s?(?:개|장|대))?)`;
/** A unit after it: of time, a share, a multiple, or things counted (장 for chips, 대 for machines). */
const UNIT =
  "(?:years?|yrs?|months?|mos?|weeks?|days?|%|percent|pct|x|bps|units?|chips?|gpus?|년|개월|달|주|일|프로|퍼센트|퍼|배|장|개|대)";
/** A time offered as a guess: "this year or next?", "올해? 내년?". */
const WHEN_GUESS =
  "(?:(?:this|next|last)(?:\\s(?:year|quarter|month))?|올해|내년|내후년|작년|연내|상반기|하반기)";
const FILLER =
  "(?:like|maybe|perhaps|or|around|about|roughly|say|approx(?:imately)?|more|less|than|or so|plus|혹시|아니면|혹은|약|대략|한)";
const ENDING =
  "(?:or so|or|ish|쯤|정도|이상|이하|이야|인가요|인가|예요|이에요|요|야|임|\\?|？|!|\\.|,|/|~)";

/** A part made only of offered values: numbers with an optional unit, fillers and marks. */
const ONLY_GUESSES = new RegExp(
  `^\\s*(?:(?:${FILLER}\\s+)*(?:${NUMBER}\\s*${UNIT}?|${WHEN_GUESS})(?:\\s*${ENDING})*\\s*)+$`,
  "u",
);

/** Whether a part's normalized text only offers guessed values ("5 years? 10?", "3년? 5년?"). */
export function onlyGuessesValues(normalized: string): boolean {
  return ONLY_GUESSES.test(normalized);
}
