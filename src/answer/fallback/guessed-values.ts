/**
 * "How long is the commitment? 5 years? 10?", "이자율이 얼마예요? 3%? 5%?", "like five years?
 * ten?": values the asker offers as guesses for what the part before asks. Such a part asks
 * nothing of its own: when the part before is not covered, neither is it (alone, a guessed
 * figure would be read as a claim about the deal's own figures).
 */

const NUMBER =
  "(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|한|두|세|네|다섯|여섯|열|스무)";
const UNIT =
  "(?:years?|yrs?|months?|mos?|weeks?|days?|%|percent|pct|x|bps|년|개월|달|주|일|프로|퍼센트|퍼|배)";
const FILLER =
  "(?:like|maybe|perhaps|or|around|about|roughly|say|approx(?:imately)?|more|less|than|or so|plus|혹시|아니면|혹은|약|대략|한)";
const ENDING =
  "(?:or so|or|ish|쯤|정도|이상|이하|이야|인가요|인가|예요|이에요|요|야|임|\\?|？|!|\\.|,|/|~)";

/** A part made only of offered values: numbers with an optional unit, fillers and marks. */
const ONLY_GUESSES = new RegExp(
  `^\\s*(?:(?:${FILLER}\\s+)*${NUMBER}\\s*${UNIT}?(?:\\s*${ENDING})*\\s*)+$`,
  "u",
);

/** Whether a part's normalized text only offers guessed values ("5 years? 10?", "3년? 5년?"). */
export function onlyGuessesValues(normalized: string): boolean {
  return ONLY_GUESSES.test(normalized);
}
