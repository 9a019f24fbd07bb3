/**
 * A rate of change asked: "상승률", "증가율", "몇퍼 오른 거", "by what percent did it rise", "%
 * increase". A percentage of one figure's own change, worked out from the figures the facts
 * give, not a share or a percentage the facts would have to hold. Its own module: the arithmetic
 * reads it as an operation, the measure check as a percentage it need not find in the facts.
 */
export const CHANGE_RATE =
  /상승률|증가율|오른 ?비율|몇 ?(?:%|퍼센트|퍼|프로)(?:나|가|쯤|정도)? ?(?:올|오른|오르|상승|증가|늘|뛰|뛴)|\bby what (?:percent(?:age)?|%)|\b(?:percent(?:age)?|%) (?:rise|increase|jump|growth|gain|change)\b|\bincrease rate\b|\brate of (?:increase|growth)\b|\bwhat (?:percent(?:age)?|%) (?:rise|increase|jump|growth|gain)\b/u;

/**
 * A rate over a period: "per day", "a year", "연간", "매달". The facts' figures are totals, so a
 * rate is a measure they never give, and no arithmetic on them gives it either.
 */
export const PER_PERIOD =
  /\bper[-\s](?:[a-z]+ )?(?:year|month|week|day|hour|annum)\b|\b(?:annual(?:ly)?|yearly|monthly|hourly|a year|a month|(?:each|every) (?:year|month|week|day|hour))\b|연간|월간|1년에|일 ?년에|한 ?해에|해마다|매년|매달|한 ?달에|시간당/u;
