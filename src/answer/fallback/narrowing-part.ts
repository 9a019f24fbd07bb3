/**
 * Three more ways a part leans on a part before it that is not covered (leaning-part.ts):
 *
 * - It narrows that question: a short question of words the knowledge lacks ("어디에 짓나요? 미국
 *   어디?", "Where is it built? Which state?"). Read with the part before as its context, it would
 *   be answered with the nearby fact that context names.
 * - It asks of the thing a yes or no before it named, by a pronoun ("Is there a break fee? What are
 *   its terms?"), when the part before names no party the pronoun could point at instead ("Is
 *   Anthropic profitable? What's its valuation?" asks of Anthropic, and is answered).
 * - It asks the name of whoever the part before asked who of ("Who runs X? what's the CEO's name").
 * - It asks the day of whatever the part before asked when of ("When does the money land? like
 *   what day", "언제 들어와요? 며칠에?").
 */
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { spaceSplitCount } from "../../search/split-count.ts";

/** At most this many words make a narrowing question ("미국 어디?", "which state exactly?"). */
const NARROWING_WORDS = 3;

/** "미국 어디?", "Which state?": a question word and words the knowledge lacks, no more. */
export function narrowsPartBefore(text: string, own: Analysis): boolean {
  return (
    hasQuestionWord(own.normalized) &&
    own.terms.length > 0 &&
    own.terms.every((term) => !term.known && term.kind !== "amount" && term.entity === undefined) &&
    spaceSplitCount(text.trim()) <= NARROWING_WORDS
  );
}

/** An English question whose thing is a pronoun: "what are its terms?", "how does it work?". */
const ASKED_OF_PRONOUN =
  /^(?:and |so |then )?(?:what|how|who|when|where|which|why)\b[^?.!]*\b(?:its|their|it|they|them)\b/iu;

/**
 * The part asks of the thing the part before names, by a pronoun, naming no party itself. The
 * part before is a yes or no of its own sentence ("Is there a non-compete?"): whether the thing
 * is there at all. After a question of a covered thing ("Who wrote the article, and what's its
 * main worry?", "How much is 1 GW in dollars, and which hardware is it on?") the pronoun's thing
 * is covered.
 */
export function asksOfThingBefore(
  before: Analysis,
  beforeMarked: boolean,
  text: string,
  own: Analysis,
): boolean {
  return (
    own.language === "en" &&
    beforeMarked &&
    before.asksToConfirm &&
    ASKED_OF_PRONOUN.test(text.trim()) &&
    !own.terms.some((term) => term.entity !== undefined) &&
    !before.terms.some((term) => term.entity !== undefined)
  );
}

/** The part before asks who: "Who runs Anthropic?", "앤트로픽 대표가 누구?". */
const ASKS_WHO = /\bwho(?:'s|se|m)?\b|누구|누가|누군/iu;
/**
 * A name asked for: "what's the CEO's name", "their names?", "이름이 뭐야", "성함은"; or which
 * person of a kind ("Which executive?", "어느 임원?"), the same who narrowed.
 */
const ASKS_NAME =
  /\bnames?\b|\bcalled\b|이름|성함|실명|\bwhich (?:exec|execs|executives?|persons?|people|guys?|bosses|boss|leaders?|officials?|officers?|ones?)\b|(?:어느|어떤) ?(?:임원|사람|분|경영진|인물)/iu;

/**
 * "Who runs Anthropic? whats the CEO's name", "누가 이끌어? 이름은?", "Who negotiated it? Which
 * executive?": the name of whoever the part before asked for, naming no party of its own, is
 * the same question again.
 */
export function asksNameOfWhoBefore(before: Analysis, own: Analysis): boolean {
  return (
    ASKS_WHO.test(before.normalized) &&
    ASKS_NAME.test(own.normalized) &&
    !ASKS_WHO.test(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined)
  );
}

/** The part before asks when: "When does…", "언제". */
const ASKS_WHEN = /\bwhen\b|언제/iu;
/**
 * A day or date asked for: "what day", "which date exactly", "몇 월 며칠", "며칠에"; or whether
 * a schedule is given at all ("일정 나와있음?", "any timeline?", "is there a schedule?").
 */
const ASKS_DAY =
  /\b(?:what|which|exact|specific)\s+(?:day|date|month)s?\b|\b(?:schedule|timeline|timetable|time ?frame)s?\b|며칠|몇\s?월|무슨\s?요일|정확한\s?날짜|날짜는|일정|스케줄|타임라인/iu;
/** At most this many words make a narrowing of "when" ("like what day exactly"). */
const DAY_WORDS = 5;

/**
 * "When does Anthropic get the money? like what day", "언제 입금돼요? 며칠에?": the day of what the
 * part before asked when of, naming no party of its own, is the same question, narrower.
 */
export function asksDayOfWhenBefore(before: Analysis, text: string, own: Analysis): boolean {
  return (
    ASKS_WHEN.test(before.normalized) &&
    ASKS_DAY.test(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined) &&
    spaceSplitCount(text.trim()) <= DAY_WORDS
  );
}
