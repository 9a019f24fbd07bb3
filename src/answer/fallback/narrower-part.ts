/**
 * Two more ways one part of a question asks the same thing as the part next to it, narrower
 * (beside narrowing-part.ts):
 *
 * - A place of whatever the other part asked where of: "Where is the data centre, in which
 *   country?", "어디에 지어요? 어느 나라예요?".
 * - A measure of each of the things the part before counted: "How many GPUs is that? How much
 *   power does each one draw?", "칩 몇 개 들어가요? 개당 가격은?".
 *
 * Both ask nothing the other part does not: when one is not covered, the other is not either,
 * and answering it alone would put a nearby fact beside "not covered" as if the question were two.
 */
import type { Analysis } from "../../search/analyze.ts";
import { spaceSplitCount } from "../../search/split-count.ts";

/** The part asks where: "where", "어디". */
const ASKS_WHERE = /\bwhere\b|어디/iu;

/**
 * A place asked for: "which country", "what city", "in what state", "which site", "어느 나라",
 * "무슨 나라", "어느 도시", "어느 지역", "어느 주".
 */
const ASKS_PLACE =
  /\b(?:which|what)\s+(?:country|countries|city|cities|state|states|region|regions|site|sites|location|place|town|province)\b|(?:어느|무슨|어떤)\s?(?:나라|국가|도시|지역|주(?![\p{L}])|동네|부지)/iu;

/** At most this many words make a narrower place question ("in which country it is built?"). */
const PLACE_WORDS = 7;

/**
 * "…, in which country is it built?" after "Where is the data centre": the place of what the
 * other part asked where of, naming no party of its own.
 */
export function asksPlaceOfWhere(other: Analysis, text: string, own: Analysis): boolean {
  return (
    ASKS_WHERE.test(other.normalized) &&
    !ASKS_WHERE.test(own.normalized) &&
    ASKS_PLACE.test(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined) &&
    spaceSplitCount(text.trim()) <= PLACE_WORDS
  );
}

/** The part before counts things: "how many", "몇 개", "몇 대", "몇 장". */
const ASKS_COUNT = /\bhow many\b|몇\s?(?:개|대|장)|몇\s?기(?![\p{L}])/iu;

/**
 * One of the things counted, pointed at: "each one", "each of them", "apiece", "per unit", "a
 * piece", "개당", "한 개당", "대당", "하나당", "하나에".
 */
const EACH_OF_THEM =
  /\beach (?:one|of them|of those|unit|piece)\b|\b(?:per|a) (?:unit|piece|one)\b|\bapiece\b|\beach\s*[?.!]*$|(?:한\s?)?(?:개당|대당|장당)|하나(?:당|에|마다)(?![\p{L}])/iu;

/**
 * "How many GPUs does the 1 GW make? How much power does each one draw?": a measure of each of
 * the things the part before counted, naming no party of its own.
 */
export function asksOfEachCounted(before: Analysis, own: Analysis): boolean {
  return (
    ASKS_COUNT.test(before.normalized) &&
    EACH_OF_THEM.test(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined)
  );
}

/**
 * Examples of what the other part asks: "like lock-up period or liquidation preference", "such
 * as board seats", "e.g. a break fee", "for example…", "including…", "예를 들어…", "예컨대…".
 */
const EXAMPLES_OPENING =
  /^(?:(?:things |stuff )?like|such as|e\.?\s?g\.?|for (?:example|instance)|including|incl\.?|say)[\s,:](?!\s*(?:what|which|how|when|who|where|why|is|are|does|do|did|can|will)\b)|^(?:예를 들(?:어|면)|예컨대|이를테면|가령)(?![\p{L}])/iu;

/**
 * "Which are the conditions of the investment, like lock-up period or liquidation preference?":
 * a part that gives examples says what the other part means; when the examples are not covered,
 * neither is what they are examples of (the nearest covered "conditions" answers another thing).
 * A figure after "like" is a guess at the answer ("how much is 30B?? like 30 thousand dollars?"),
 * and a question after it asks again ("like what day?").
 */
export function givesExamples(text: string, own: Analysis): boolean {
  return (
    EXAMPLES_OPENING.test(text.trim()) &&
    !own.terms.some((term) => term.kind === "amount") &&
    !/\d/u.test(text)
  );
}
