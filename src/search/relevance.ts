/**
 * The abstain rule: is a question about this knowledge at all?
 * - Known content words must outnumber unknown ones: "How do I reset my Microsoft password?" names
 *   Microsoft, but "reset" and "password" are not in the knowledge, so it is off topic.
 * - What is known must be specific enough: "AI" alone (in most passages) is too vague, unless the
 *   question names one of the story's companies and nothing unknown ("nvidia?"), or asks for a
 *   figure in the story's own words ("who puts in the biggest investment?").
 * - Requests for personal advice or predictions are never answered from a news article, nor are
 *   requests for something other than facts (a joke, a poem); text that tries to change the rules
 *   ("ignore your instructions") is not a question about it.
 */
import type { Analysis, Term } from "./analyze.ts";
import { asksKnownThing } from "./asked-word.ts";
import { claimFrameWords, isConfirmationTag } from "./confirmation.ts";
import { isShortPastVerb } from "./korean.ts";

export type Verdict =
  | {
      readonly onTopic: true;
      readonly known: number;
      readonly unknown: number;
      readonly specificity: number;
    }
  | {
      readonly onTopic: false;
      readonly reason: "empty" | "advice" | "rules" | "task" | "unknown-words" | "too-vague";
      readonly known: number;
      readonly unknown: number;
      readonly specificity: number;
    };

/** A one-syllable Korean word or a two-letter Latin word is often grammar: it counts half. */
const SHORT_UNKNOWN_WORD = 0.5;
/** Least total specificity (idf share) of the known words. */
const MIN_SPECIFICITY = 0.45;

export function judgeRelevance(
  analysis: Analysis,
  idf: (feature: string) => number,
  maxIdf: number,
): Verdict {
  return verdictOf(analysis, idf, maxIdf, true);
}

/**
 * Whether judgeRelevance finds the text on topic, for a caller that reads nothing else of the
 * verdict (a split point tried, a clause dropped): the words counted first, and the tests that
 * can only turn a text away (a request to change the rules, another task, advice, an unread
 * script) read only when the words would keep it. Those tests scan the whole text with hundreds
 * of patterns (a fifth of the analysis of a long text), and most texts tried this way are turned
 * away by their words: a long message read at each of its clause ends paid them at each. The same
 * answer: judgeRelevance is on topic exactly when its words keep the text and no test turns it
 * away; only the reason given when both would turn it away is read in another order.
 */
export function isOnTopic(
  analysis: Analysis,
  idf: (feature: string) => number,
  maxIdf: number,
): boolean {
  return (
    verdictOf(analysis, idf, maxIdf, false).onTopic && turnedAwayWhatever(analysis) === undefined
  );
}

type OffTopicReason = Extract<Verdict, { onTopic: false }>["reason"];

/**
 * The tests that turn a text away whatever its words, each with the reason judgeRelevance gives,
 * in the order it reads them. One table, so that isOnTopic and judgeRelevance cannot drift apart.
 */
const TURNED_AWAY_WHATEVER: readonly {
  readonly turnsAway: (analysis: Analysis) => boolean;
  readonly reason: OffTopicReason;
}[] = [
  // "このニュースでMicrosoft株を買うべきですか": a question mostly in a script the reader does
  // not read asks something its one known name cannot tell.
  { turnsAway: (analysis) => mostlyUnreadScript(analysis.normalized), reason: "unknown-words" },
  { turnsAway: (analysis) => analysis.triesToChangeRules, reason: "rules" },
  { turnsAway: (analysis) => analysis.asksForOtherTask, reason: "task" },
  { turnsAway: (analysis) => analysis.asksForAdvice, reason: "advice" },
];

/** The reason the first test of TURNED_AWAY_WHATEVER turns the text away, if one does. */
function turnedAwayWhatever(analysis: Analysis): OffTopicReason | undefined {
  for (const test of TURNED_AWAY_WHATEVER) {
    if (test.turnsAway(analysis)) return test.reason;
  }
  return undefined;
}

/** judgeRelevance's verdict; without `turnAway`, by the words alone. */
function verdictOf(
  analysis: Analysis,
  idf: (feature: string) => number,
  maxIdf: number,
  turnAway: boolean,
): Verdict {
  const terms = analysis.terms;
  // "It's going to rain tomorrow, right?": the tag asks for a yes or no, it is not what the claim
  // is about. It counts only when it is all there is ("Is the article right?", "맞아?").
  const tagsAside = analysis.asksToConfirm && terms.some(isNotTagTerm);
  // "…, I assume?", "my uncle says …": the words that frame a claim are not its topic either, nor
  // the teller's place when the claim is passed on to be explained ("someone in chat said 183
  // billion, what's that about").
  const frame = terms.some(isUnknownTerm)
    ? claimFrameWords(analysis.normalized, tagsAside)
    : undefined;
  // "NVDA in for 100 billion??": a figure claimed of a party the story names is a claim to
  // check against that party's figure, not a word the story lacks.
  const claimsOfParty = analysis.asksToConfirm && terms.some(namesEntityTerm);
  // "what's 3/4 + 2/3": small bare numbers and nothing else the story knows are arithmetic, not
  // the story's figures (which carry a unit, a scale or a name beside them).
  const numbersAlone = terms.every((term) => !term.known || isSmallBareNumber(term));
  const tag = trailingTag(analysis.normalized);
  let known = 0;
  let unknown = 0;
  let specificity = 0;
  for (const term of terms) {
    if (!term.known && term.text === tag) continue;
    if (numbersAlone && term.known) {
      unknown += SHORT_UNKNOWN_WORD;
      continue;
    }
    if (tagsAside && isTagTerm(term)) continue;
    if (!term.known && frame?.has(term.text)) continue;
    if (!term.known && claimsOfParty && term.kind === "amount" && looksLikeSum(term.text)) continue;
    if (term.known) {
      known += 1;
      specificity += specificityOf(term, idf, maxIdf);
    } else {
      unknown += isShortWord(term) ? SHORT_UNKNOWN_WORD : 1;
    }
  }
  if (terms.length === 0) return offTopic("empty", known, unknown, specificity);
  if (turnAway) {
    const reason = turnedAwayWhatever(analysis);
    if (reason !== undefined) return offTopic(reason, known, unknown, specificity);
  }
  // "lowkey what's this circular money thing everyone's yapping about": the thing asked is known;
  // the unknown words around it are chatter. Read only when the unknown words would decide.
  if (
    known <= unknown &&
    !asksKnownThing(analysis, (term) => isSpecificTerm(term, idf, maxIdf)) &&
    !asksWhatKnownFigureIs(analysis)
  ) {
    return offTopic("unknown-words", known, unknown, specificity);
  }
  const namesEntity = terms.some(namesEntityTerm);
  // "Which company puts in the biggest investment?": a figure asked of the story's own words.
  const asksFigureOfKnown = analysis.asksForFigure && unknown === 0;
  // "누가 투자했어?", "which companies invested?": a party asked of the story's own words.
  const asksPartyOfKnown = unknown === 0 && asksWhichParty(analysis);
  if (
    specificity < MIN_SPECIFICITY &&
    !(namesEntity && unknown === 0) &&
    !asksFigureOfKnown &&
    !asksPartyOfKnown
  ) {
    return offTopic("too-vague", known, unknown, specificity);
  }
  return { onTopic: true, known, unknown, specificity };
}

/** A verdict written out (no object of the scores spread into it: two objects an answer). */
function offTopic(
  reason: OffTopicReason,
  known: number,
  unknown: number,
  specificity: number,
): Verdict {
  return { onTopic: false, reason, known, unknown, specificity };
}

// The tests handed to `some`, made once: an arrow written in the call is a new function each time.
function isNotTagTerm(term: Term): boolean {
  return !isTagTerm(term);
}

function isSmallBareNumber(term: Term): boolean {
  return term.kind === "amount" && /^\d{1,2}$/u.test(term.text);
}

function isUnknownTerm(term: Term): boolean {
  return !term.known;
}

function namesEntityTerm(term: Term): boolean {
  return term.entity !== undefined;
}

/**
 * A figure that reads as a sum of money: scaled ("100 billion") or bare and small ("is it 10 from
 * nvidia?"), not a year or a count in between ("Q2 2026").
 */
function looksLikeSum(amount: string): boolean {
  const value = Number(amount);
  return value >= 1_000_000 || value < 1_000;
}

/**
 * "$350 billion keeps coming up in coverage, what is that number?", "1830억 그 숫자 뭐야": a
 * figure the knowledge states, asked what it is; the words around it are how the asker met it.
 */
const ASKS_WHAT_FIGURE_IS =
  /\bwhat(?:'s| is| are| was)? (?:that|this|the|those|these) (?:number|figure|amount|sum|numbers|figures)\b|\bwhat(?:'s| is| was) (?:that|this|it) (?:about|for|from)\b|\bwhat does (?:that|this|it) (?:number |figure )?(?:mean|refer to|stand for|represent)\b|(?:무슨|뭔|어떤|무슨무슨) ?(?:숫자|수치|금액)|(?:그|이|저) ?(?:숫자|수치|금액)(?:는|은|가|이)? ?(?:뭐|무슨|뭔|어디서)/u;

function asksWhatKnownFigureIs(analysis: Analysis): boolean {
  return (
    analysis.terms.some((term) => term.kind === "amount" && term.known) &&
    ASKS_WHAT_FIGURE_IS.test(analysis.normalized)
  );
}

/** Whether the question asks which party. */
export function asksWhichParty(analysis: Analysis): boolean {
  return ASKS_FOR_PARTY.test(analysis.normalized);
}

/**
 * Who, which company, 누가, 어느 회사; or the companies counted ("the two companies", "투자한 기업
 * 두 곳", "두 회사"): naming how many asks which they are.
 */
const ASKS_FOR_PARTY =
  /\b(?:who|who's|whom|which (?:compan(?:y|ies)|firms?|ones?|side))\b|누가|누구|어느 (?:회사|기업|쪽|곳)|어디가|어디서|(?:회사|기업|곳|데)(?:이|가|는|은)? 어디|\b(?:two|three|both|2|3) (?:companies|firms|investors|backers)\b|(?:회사|기업|업체|투자자|투자사)(?:들)?\s?(?:두|세|2|3)\s?(?:곳|개|군데|개사|명)|(?<!\p{Script=Hangul})(?:두|세|2|3)\s?(?:회사|기업|업체|투자자|투자사|개사)/u;

/**
 * Whether a known term is specific enough to say what a question is about: a party, an amount,
 * or a word not found in most passages ("AI" is in most of them).
 */
export function isSpecificTerm(
  term: Term,
  idf: (feature: string) => number,
  maxIdf: number,
): boolean {
  if (term.entity !== undefined || term.kind === "amount") return true;
  return specificityOf(term, idf, maxIdf) >= SPECIFIC_TERM;
}

/** A known term's least specificity (idf share) to carry a question by itself. */
const SPECIFIC_TERM = 0.3;

/** How specific a known term is here: its rarest feature's idf as a share of the highest idf. */
function specificityOf(term: Term, idf: (feature: string) => number, maxIdf: number): number {
  // A loop, not Math.max over a mapped array: this runs for each known word of each text read.
  let best = 0;
  const features = term.features;
  for (let at = 0; at < features.length; at++) {
    const value = idf(features[at] as string);
    // As Math.max: a NaN wins.
    if (value > best || Number.isNaN(value)) best = value;
  }
  return Math.min(1, best / maxIdf);
}

/** A word that is a confirmation tag ("right", "correct", "맞아"), not a topic. */
function isTagTerm(term: Term): boolean {
  return term.kind === "concept" && term.entity === undefined && isConfirmationTag(term.text);
}

/**
 * "who put money in, tsé", "how much did NVIDIA give, lah": one short word the knowledge lacks,
 * after a comma at the very end, is the speaker's tag, not the topic ("…, revenue?" is longer).
 */
const TRAILING_TAG = /,\s*([a-z'\u00e0-\u00ff]{1,5})\s*[?!.~]*\s*$/u;

function trailingTag(normalized: string): string | undefined {
  return TRAILING_TAG.exec(normalized)?.[1];
}

function isShortWord(term: Term): boolean {
  if (term.kind !== "hangul") return term.text.length <= 2;
  // "나왔어", "떴음": a verb of one syllable in the past says as little as a one-syllable word.
  return atMostOneCodePoint(term.text) || isShortPastVerb(term.text);
}

/** Whether a text is one character or none, counted as [...text] counts (a surrogate pair is one). */
function atMostOneCodePoint(text: string): boolean {
  if (text.length <= 1) return true;
  if (text.length > 2) return false;
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
}

/** Letters of scripts the question reader has no words for (kana, Han, Cyrillic, Arabic…). */
const UNREAD_LETTER =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/gu;
const READ_LETTER = /[\p{Script=Hangul}a-z]/gu;

/**
 * At least three letters of unread scripts, and a third as many as the Hangul and Latin ones (a
 * Han or kana character says about what a short word does: "NVIDIA 对 Anthropic 的投资是多少钱").
 */
function mostlyUnreadScript(text: string): boolean {
  if (/^[\t\n\r\x20-\x7e\uac00-\ud7a3]*$/u.test(text)) return false;
  const unread = text.match(UNREAD_LETTER)?.length ?? 0;
  return unread >= 3 && unread * 3 >= (text.match(READ_LETTER)?.length ?? 0);
}
