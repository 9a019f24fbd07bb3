/**
 * The word that carries a question: the thing it asks for. A near question often has one unknown
 * key word among known ones ("is there a lockup on the nvda stake", "what is Microsoft's total AI
 * capex", "MS 투자금 중 현금이랑 주식 비율은?"): the known words find a fact, but the fact does not
 * say what is asked. An answerable question may have unknown words too ("lowkey what's this
 * circular money thing everyone's yapping about"): there they are modifiers, filler or chatter.
 * The two are told apart by grammar, not by lists of words: the noun phrase a question frame asks
 * for ("what's the …", "is there a …", "how many …", the noun before "얼마 / 몇 / 언제" or before a
 * final "…은?" / "…있어?"), and a claim's object after a preposition ("powered by …").
 * Only language lives here (English and Korean function words); what is known comes from the
 * analysis, which read the question against the knowledge.
 */
import type { Analysis, Term } from "./analyze.ts";
import { standsBeforeBoundNoun } from "./bound-noun-spacing.ts";
import { syllableParts } from "./korean.ts";

/** The words of the asked phrase, as written, when it names nothing the knowledge knows. */
export interface UnknownCarrier {
  readonly phrase: string;
  /** The phrase is a condition ("if anthropic doesn't spend…"): what follows from it is asked. */
  readonly condition?: true;
}

/**
 * The asked phrase of a question when none of its words is known specifically enough and at
 * least one of them is a content word the knowledge lacks; undefined otherwise (the asked phrase
 * is known, or no frame tells what is asked).
 * `specific` says whether a known term is specific enough to carry a question ("AI" is not).
 */
export function unknownCarrier(
  analysis: Analysis,
  specific: (term: Term) => boolean,
): UnknownCarrier | undefined {
  // One answer reads the same analysis here twice (the whole question, then its one part): the
  // last one read is kept (one entry, no map of analyses for the collector to copy).
  if (lastAnalysis === analysis) return lastCarrier;
  const found = readCarrier(analysis, specific);
  lastAnalysis = analysis;
  lastCarrier = found;
  return found;
}

let lastAnalysis: Analysis | undefined;
let lastCarrier: UnknownCarrier | undefined;

function readCarrier(
  analysis: Analysis,
  specific: (term: Term) => boolean,
): UnknownCarrier | undefined {
  const words = wordsOf(analysis);
  const text = analysis.normalized;
  // "…if anthropic goes bankrupt?", "파산하면 어떻게 돼?": the record states what was agreed,
  // never what happens on a condition it does not know, or on one of its terms not kept.
  const condition = unknownCondition(text, words);
  if (condition) return { phrase: condition, condition: true };
  // "a lock-up on…": its verb ("lock") may be known while the noun it makes is not.
  if (words.unknown.size === 0 && !PHRASAL_NOUN_IN_TEXT.test(text)) return undefined;
  for (const phrase of englishAskedPhrases(text)) {
    const verdict = judgePhrase(phrase, words, specific);
    if (verdict === undefined) continue;
    // "the article's view of NVIDIA's investment": a relation asked of a known thing, which
    // carries the question.
    const of = verdict ? complementOf(text, phrase, OF_COMPLEMENT) : undefined;
    if (of !== undefined && judgePhrase(of, words, specific) === false) return undefined;
    return verdict ? { phrase: phrase.join(" ") } : undefined;
  }
  for (const phrase of koreanAskedPhrases(text)) {
    // "…에서 돌아가는 거임?": a verb before the frame the glossary dropped asks no noun.
    if (standsBeforeBoundNoun(analysis.asWritten, phrase.at(-1) ?? "")) continue;
    const verdict = judgePhrase(phrase, words, specific);
    if (verdict !== undefined) return verdict ? { phrase: phrase.join(" ") } : undefined;
  }
  return undefined;
}

// --- Conditions ----------------------------------------------------------

/**
 * "if <clause>", up to the clause's end. The asker's own aside ("if i understand…") and a manner
 * ("as if …") are not conditions.
 */
const ENGLISH_CONDITION =
  /(?<!\bas\s)\b(?:if|unless|in case)\s+(?!(?:i|we|you|u|im|i'm)\b)([^,?.!;]+)/gu;

/** A Korean conditional verb ("파산하면", "안 쓰면", "무산되면") and a question of consequence. */
const KOREAN_CONDITION = /(\p{Script=Hangul}+)(?:하면|되면|지면|으면|면)(?=\s|$)/gu;
const KOREAN_CONSEQUENCE = /어떻게 (?:돼|되|됨|될|해)|어찌 (?:돼|되)|(?:돌려|반환|물어)/u;

function unknownCondition(text: string, words: QuestionWordSets): string | undefined {
  ENGLISH_CONDITION.lastIndex = 0;
  for (let match = ENGLISH_CONDITION.exec(text); match; match = ENGLISH_CONDITION.exec(text)) {
    const clause = (match[1] ?? "").trim();
    const predicate = conditionPredicate(clause.split(/\s+/u), words);
    if (predicate !== undefined && words.unknown.has(bare(predicate))) return clause;
    // "what happens if anthropic doesn't spend the full $30B": a term not kept. The record
    // states what was agreed, never what follows from breaking it, whatever verb is negated.
    if (ENGLISH_CONSEQUENCE.test(text) && NEGATED_CONDITION.test(clause)) return clause;
  }
  if (!KOREAN_CONSEQUENCE.test(text)) return undefined;
  KOREAN_CONDITION.lastIndex = 0;
  for (let match = KOREAN_CONDITION.exec(text); match; match = KOREAN_CONDITION.exec(text)) {
    if (words.unknown.has(match[0]) || words.unknown.has(match[1] ?? "")) return match[0];
    // "다 안 쓰면 어떻게 돼?", "못 넣으면", "쓰지 않으면": a term not kept, as above.
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    if (KOREAN_NEGATION_BEFORE.test(before) || KOREAN_NEGATED_VERB.test(match[0])) {
      return match[0];
    }
  }
  return undefined;
}

/** A question of what follows: "what happens", "what would happen", "what if". */
const ENGLISH_CONSEQUENCE = /\bwhat (?:happens|would happen|will happen|happened)\b|\bwhat if\b/u;
/** A condition that something is not done: "doesn't spend", "never pays", "fails to", "can't". */
const NEGATED_CONDITION =
  /\b(?:not|never|doesn't|doesnt|don't|dont|didn't|didnt|won't|wont|can't|cant|cannot|fails? to|failed to|stops?|misses|backs? out|pulls? out)\b/u;
/** "안 쓰면", "못 넣으면", "쓰지 않으면": a negation right before the conditional verb. */
const KOREAN_NEGATION_BEFORE = /(?:(?:^|\s)(?:안|못)|지)\s$/u;
/** "쓰지 않으면", "내지 못하면", "안쓰면": the negation in the verb itself. */
const KOREAN_NEGATED_VERB = /^(?:안|못)\p{Script=Hangul}|지(?:않|못하)/u;

/** Auxiliaries, negations and light verbs before a condition's own verb ("goes bankrupt"). */
const CONDITION_AUXILIARIES = new Set(
  `is are was were be been does do did doesn't don't didn't doesnt dont didnt isn't isnt won't
  wont will would can can't cannot not never ever goes go went gets get got becomes become just
  actually really suddenly and`
    .split(/\s+/)
    .filter(Boolean),
);

/** A condition's verb: the first word after its subject (names, determiners) and auxiliaries. */
function conditionPredicate(
  clause: readonly string[],
  words: QuestionWordSets,
): string | undefined {
  let at = 0;
  let head = false;
  while (at < clause.length) {
    const word = clause[at] as string;
    if (ENGLISH_DETERMINERS.has(word)) {
      at += 1;
      continue;
    }
    // The subject's head ("the deal", "anthropic"), and names joined to it ("… and nvidia").
    const named = words.known.get(bare(word))?.entity !== undefined;
    if (head && !named && word !== "and") break;
    head = true;
    at += 1;
  }
  while (at < clause.length && CONDITION_AUXILIARIES.has(clause[at] as string)) at += 1;
  return clause[at];
}

/**
 * Whether the thing a question asks for is a word the knowledge knows, specifically and not as a
 * name ("what's this circular money thing everyone's yapping about": "circular"): then unknown
 * words around it are modifiers or chatter, not what is asked. A generic head ("thing", "amount")
 * leaves it to the word before.
 */
export function asksKnownThing(analysis: Analysis, specific: (term: Term) => boolean): boolean {
  const words = wordsOf(analysis);
  if (words.unknown.size === 0) return false;
  const text = analysis.normalized;
  if (unknownCondition(text, words) !== undefined) return false;
  for (const phrase of [...englishAskedPhrases(text), ...koreanAskedPhrases(text)]) {
    const core = coreWord(phrase, words);
    if (core === undefined) continue;
    const term = words.known.get(bare(core));
    if (term === undefined || term.entity !== undefined || !specific(term)) return false;
    // "what's the capital of australia", "the latest on the us election": what it is of names
    // the thing asked, and that is unknown.
    const complement = complementOf(text, phrase);
    return complement === undefined || judgePhrase(complement, words, specific) !== true;
  }
  return false;
}

/** The noun phrase after "of / on / about / for / in" that follows a phrase, if any. */
function complementOf(
  text: string,
  phrase: readonly string[],
  joins: RegExp = COMPLEMENT,
): string[] | undefined {
  const written = phrase.join(" ");
  const at = text.indexOf(written);
  if (at < 0) return undefined;
  joins.lastIndex = at + written.length;
  const match = joins.exec(text);
  return match ? nounPhraseAt(text, match.index + match[0].length, true) : undefined;
}

const COMPLEMENT = /\s+(?:of|on|about|for|in)\s+/uy;
const OF_COMPLEMENT = /\s+of\s+/uy;

/** The last word of a phrase that is not a generic or measure head ("circular money thing" -> "money"). */
function coreWord(phrase: readonly string[], words: QuestionWordSets): string | undefined {
  for (let at = phrase.length - 1; at >= 0; at--) {
    const word = phrase[at] as string;
    if (PHRASE_ENDING_NOUNS.has(word) || INDEFINITE_PRONOUNS.has(word) || isAttributeHead(word)) {
      continue;
    }
    // A function word ("folks", "guys") is neither known nor unknown: no word of the phrase.
    if (!words.known.has(bare(word)) && !words.unknown.has(bare(word))) continue;
    return word;
  }
  return undefined;
}

interface QuestionWordSets {
  /** Content words the knowledge lacks, as written (Latin, or Hangul with its ending). */
  readonly unknown: ReadonlySet<string>;
  /** Known terms by each word they cover. */
  readonly known: ReadonlyMap<string, Term>;
}

function wordsOf(analysis: Analysis): QuestionWordSets {
  const unknown = new Set<string>();
  const known = new Map<string, Term>();
  for (let at = 0; at < analysis.terms.length; at++) {
    const term = analysis.terms[at] as Term;
    if (term.kind === "amount") {
      known.set(term.text, term);
    } else if (term.known) {
      for (const word of term.text.split(" ")) known.set(word, term);
    } else {
      unknown.add(term.text);
    }
  }
  return { unknown, known };
}

/**
 * true: the phrase names nothing known and something unknown (not covered); false: it names
 * something known (the question is about the knowledge); undefined: the phrase has no content
 * word (a generic head: "the deal", "the thing"), so another frame may tell.
 */
function judgePhrase(
  phrase: readonly string[],
  words: QuestionWordSets,
  specific: (term: Term) => boolean,
): boolean | undefined {
  let unknown = 0;
  let known = 0;
  // "the exit plan", "보호예수 기간", "설비투자 총액": a head that only names a measure or an
  // attribute says what of the thing is asked; the words before it say which thing.
  const head = phrase[phrase.length - 1] ?? "";
  // "over what term is the $30B spread?", "the azure commitment rate", "약정 기간은?": a term of
  // an agreement the knowledge has no word for is asked of whatever the words before it name.
  if (isAgreementTerm(head) && isUnknownWord(head, words)) return true;
  if (isAttributeHead(head)) {
    // "what's the sum", "what year does…": a measure alone asks it of what the question names.
    if (phrase.length === 1) return undefined;
  }
  const judged = isAttributeHead(head) ? phrase.slice(0, -1) : phrase;
  for (const written of judged) {
    const word = bare(written);
    if (INDEFINITE_PRONOUNS.has(word)) continue;
    const term = words.known.get(word);
    if (term) {
      if (specific(term)) known += 1;
    } else if (words.unknown.has(word) || isPhrasalNoun(word)) {
      unknown += 1;
    }
  }
  if (known > 0) return false;
  return unknown > 0 ? true : undefined;
}

/**
 * Nouns that name a measure, an attribute or a judgement of something ("amount", "period",
 * "upside", "기간", "비율", "장점"): what they are said of carries the question.
 */
const ATTRIBUTE_HEADS = new Set(
  `amount amounts total sum size figure number numbers period rate ratio percentage percent plan
  plans schedule date dates timeline timing terms term level status structure details breakdown
  gap difference year years month months day days time clause clauses provision provisions tenor
  duration
  pros cons upside upsides downside downsides advantage advantages disadvantage disadvantages
  benefit benefits drawback drawbacks merit merits
  장점 단점 이점 문제점 한계 의미 영향
  금액 액수 총액 규모 기간 비율 비중 날짜 일정 시기 계획 조건 구조 수준 방식 현황 상태 내역 폭 차이 조항
  약관`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Attribute heads that name a term of an agreement (how long, at what rate, on what schedule,
 * under which clause), not a measure of its figures or a judgement of it: asked of a sum the
 * knowledge has, they ask what it says only when the knowledge has the word.
 */
const AGREEMENT_TERMS = new Set(
  `term tenor duration period rate schedule timeline clause clauses provision provisions
  기간 일정 조항 약관`
    .split(/\s+/)
    .filter(Boolean),
);

function isAgreementTerm(word: string): boolean {
  return AGREEMENT_TERMS.has(word) || AGREEMENT_TERMS.has(word.replace(KOREAN_TOPIC_PARTICLE, ""));
}

/** Whether the analysis read a word of the phrase as one the knowledge lacks. */
function isUnknownWord(word: string, words: QuestionWordSets): boolean {
  return (
    words.unknown.has(bare(word)) || words.unknown.has(word.replace(KOREAN_TOPIC_PARTICLE, ""))
  );
}

function isAttributeHead(word: string): boolean {
  return ATTRIBUTE_HEADS.has(word) || ATTRIBUTE_HEADS.has(word.replace(KOREAN_TOPIC_PARTICLE, ""));
}

const KOREAN_TOPIC_PARTICLE = /(?<=\p{Script=Hangul}{2})(?:은|는|이|가|을|를)$/u;

/** "microsoft's" -> "microsoft", "lock-up" stays. */
function bare(word: string): string {
  return word.replace(/['’]s?$/u, "");
}

/**
 * "lock-up", "claw-back", "buy-in", "pay-out": a noun made of a verb and a particle means
 * something other than its verb, so the verb being known does not make it known.
 */
function isPhrasalNoun(word: string): boolean {
  return PHRASAL_NOUN.test(word);
}

const PHRASAL_NOUN = /^[a-z]+-(?:up|in|out|off|back|down|over)$/;
const PHRASAL_NOUN_IN_TEXT = /\b[a-z]+-(?:up|in|out|off|back|down|over)\b(?!-)/;

// --- English -------------------------------------------------------------------------------

/** Frames whose next noun phrase is what is asked. */
const ENGLISH_FRAMES: readonly RegExp[] = [
  // "what's the lock-up period on…", "what is microsoft's total ai capex…"
  /\bwhat(?:'s|s| is| are| was| were)\s+(?=\S)/gu,
  // "is there a clawback…", "are there any board seats…"
  /\b(?:is|are|was|were) there (?:(?:a|an|any|some)\s+)?(?=\S)/gu,
  // "does microsoft get a board seat…", "does nvidia have any warrants…"
  /\b(?:does|do|did|will|would)\s+[^\s,?.!]+\s+(?:have|get|hold|receive|keep)\s+(?:a|an|any|some)\s+(?=\S)/gu,
  // "how many views…", "how many employees…"
  /\bhow many\s+(?=\S)/gu,

  // "what discount does anthropic get…": the noun between "what" and its verb.
  /\bwhat\s+(?=[a-z-]+(?:\s+[a-z-]+)?\s+(?:does|do|did|is|are|was|will|would|can)\b)/gu,
  // "is the 1 gw going to be powered by nuclear plants?", "the 1gw runs on wind turbines?" (the
  // glossary reads "powered by", "runs on" as "use"): what a capacity is said to run on, after
  // a verb or an amount ("my daughter uses the latter" is a person's use). Last: any frame above
  // tells first.
  /\b(?:be|is|are|was|were|will|to|gets?|it|that|this|\d[\d.]*\s?gw)\s+uses?\s+(?=\S)/gu,
];

/** Words that end a noun phrase: prepositions, verbs, conjunctions, clause words. */
const ENGLISH_BOUNDARY = new Set(
  `on of for in at with to from by between per if when whenever after before under over about into
  than as via across behind within without during until since like is are was were be been being
  does do did will would can could should shall may might must has have had get gets got
  called named that which who whom whose where why how what and or but so then if because while
  now today yet still right rn lol lmao tho though anyway please pls exactly`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words at the start of a noun phrase that are not part of what is named. */
const ENGLISH_DETERMINERS = new Set(
  `the a an this that these those its their his her our your my any some each every all both
  whole entire total overall actual exact current new`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that end a phrase by themselves ("this circular money thing everyone's…"). */
const INDEFINITE_PRONOUNS = new Set(
  `anything something everything nothing anyone someone everyone anybody somebody everybody
  nobody whoever whatever`
    .split(/\s+/)
    .filter(Boolean),
);

const PHRASE_ENDING_NOUNS = new Set(
  `thing things stuff one ones bit part anything something everything nothing anyone someone
  anybody somebody`
    .split(/\s+/)
    .filter(Boolean),
);

const MAX_PHRASE_WORDS = 4;

const ARTICLES = new Set(["a", "an", "the"]);

const ADJECTIVE_ABOUT = /^[a-z-]+\s+(?:about|with|from|in|on|to|for|at)\b/u;

const ENGLISH_TOKEN = /[a-z0-9$][a-z0-9$'’.-]*[a-z0-9$'’]|[a-z0-9$]|[,?!;:.]/gu;

function englishAskedPhrases(text: string): string[][] {
  const phrases: string[][] = [];
  for (const frame of ENGLISH_FRAMES) {
    frame.lastIndex = 0;
    for (let match = frame.exec(text); match; match = frame.exec(text)) {
      const start = match.index + match[0].length;
      // "what's special about claude…", "what's missing from…": an adjective said of what
      // follows, not a thing asked.
      if (match[0].startsWith("what") && ADJECTIVE_ABOUT.test(text.slice(start))) continue;
      const phrase = nounPhraseAt(text, start);
      if (phrase.length > 0) phrases.push(phrase);
    }
  }
  return phrases;
}

/**
 * The words of the noun phrase after "which" or "what" as a determiner ("which fancy nvidia
 * hardware does…" -> fancy, nvidia, hardware): its last word is what is asked for.
 */
export function phraseAfterWhich(text: string): readonly string[] {
  WHICH_DETERMINER.lastIndex = 0;
  const match = WHICH_DETERMINER.exec(text);
  return match ? nounPhraseAt(text, match.index + match[0].length) : [];
}

const WHICH_DETERMINER =
  /\b(?:which|what)\s+(?!(?:is|are|was|were|does|do|did|will|would|can|could|should|has|have|had|kind|sort|type|if)\b)/gu;

/** The noun phrase starting at `from`: owners and determiners skipped, up to a boundary. */
function nounPhraseAt(text: string, from: number, withOwners = false): string[] {
  ENGLISH_TOKEN.lastIndex = from;
  const phrase: string[] = [];
  for (let match = ENGLISH_TOKEN.exec(text); match; match = ENGLISH_TOKEN.exec(text)) {
    const word = match[0].replace(/\.$/u, "");
    if (/^[,?!;:.]$/u.test(word) || word === "") break;
    if (ENGLISH_BOUNDARY.has(word)) break;
    const owner = /['’]s?$/u.test(word) && word !== "what's";
    if (owner) {
      // An owner before the phrase ("microsoft's total capex") is who, not what; after words
      // of the phrase it starts another one ("this money thing everyone's yapping about").
      if (phrase.length > 0) break;
      // What a phrase is of keeps its owner ("the view of nvidia's investment").
      if (withOwners) phrase.push(word);
      continue;
    }
    if (phrase.length === 0 && ENGLISH_DETERMINERS.has(word)) continue;
    // "which analyst made a similar point": an article after words starts another phrase.
    if (ARTICLES.has(word)) break;
    phrase.push(word);
    if (PHRASE_ENDING_NOUNS.has(word) || phrase.length === MAX_PHRASE_WORDS) break;
  }
  return phrase;
}

// --- Korean --------------------------------------------------------------------------------

/** A question's last word asks whether something exists ("기간 있어?", "조항 있나요?"). */
const KOREAN_EXISTS = /^(?:있|없)(?:어|어요|나|나요|냐|음|니|을까|는지|는지요|습니까|대|대요)?$/u;

/**
 * A noun of two syllables or more with the topic particle, closing a question ("비율은?",
 * "총액은?"); one syllable before it is mostly a verb's stem ("붙은").
 */
const KOREAN_TOPIC_END = /^\p{Script=Hangul}{2,}(?:은|는)$/u;

/** A verb form before 있다 that makes a state ("편향돼", "치우쳐", "걸려", "남아", "되어"). */
const KOREAN_STATE_VERB = /(?:어|아|여|돼|져|워|쳐|려|해|되어|놓여)$/u;

/** A word with a case particle other than the topic: an argument, not the asked noun. */
const KOREAN_CASE_PARTICLE =
  /(?:에|에서|에게|한테|으로|로|을|를|의|와|과|랑|이랑|하고|도|만|중에|중)$/u;

/** A verb ending that joins clauses ("나왔고", "받아서", "하면"): not a noun's modifier. */
const KOREAN_CONNECTIVE = /(?:고|며|서|면|니까|지만|는데)$/u;

/**
 * A verb or adjective form before a noun ("다른 부분", "투자한 곳", "줄이려는 회사", "품는다는 게"):
 * its last syllable ends in ㄴ or ㄹ (not the particles 은/는/을/를), or it ends in a verb's "는".
 */
function isAdnominal(word: string): boolean {
  const final = syllableParts(word.charCodeAt(word.length - 1))?.[2];
  if (final === undefined) return false;
  const particle = /[은는을를]$/u.test(word);
  // "다른", "틀린", "내건", "투자한", "발표된": nouns end in ㄴ too ("기간", "매각제한"), so a
  // longer word counts only with a verb's own last syllable.
  if (!particle && (final === 4 || final === 8)) {
    return word.length <= 2 || /[된던할될]$/u.test(word);
  }
  return /(?:다는|라는|려는|하는|되는|있는|없는|던)$/u.test(word);
}

/** Nouns as general as a bound noun ("부분", "내용", "경우"), or a predicate's ("필요 없대": need). */
const GENERAL_KOREAN_NOUN =
  /^(?:부분|내용|대목|사례|경우|측면|얘기|이야기|필요|상관)(?:이|가|은|는|을|를|도)?$/u;

function koreanAskedPhrases(text: string): string[][] {
  const clauses = text.split(/[?？!.]+/u);
  const phrases: string[][] = [];
  for (const clause of clauses) {
    const words = clause.split(/\s+/u).filter((word) => word !== "");
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    // "ms 지분 보호예수 기간 있어?": the noun before "있어".
    // "편향돼 있어?", "치우쳐 있어?": a verb's state ("is biased"), not something that exists.
    const before = words[words.length - 2] ?? "";
    if (KOREAN_EXISTS.test(last)) {
      // "어떻게 보고 있습니까?": a verb going on ("-고 있다"), not something that exists.
      if (!KOREAN_STATE_VERB.test(before) && !KOREAN_CONNECTIVE.test(before)) {
        pushKorean(phrases, words, words.length - 2, false);
      }
    }
    // "현금이랑 주식 비율은?": the noun phrase the question closes on.
    else if (KOREAN_TOPIC_END.test(last) && !isAdnominal(last)) {
      pushKorean(phrases, words, words.length - 1, true);
    }
  }
  return phrases;
}

/**
 * The noun at `head` and the word before it when that word modifies it ("보호예수 기간",
 * "NVIDIA 비중"): not an argument with a case particle, not a verb form.
 */
function pushKorean(
  phrases: string[][],
  words: readonly string[],
  head: number,
  /** Whether the head may be a verb form (before "있어" it is a noun: "기간 있어"). */
  mayBeVerb: boolean,
): void {
  const word = words[head];
  if (word === undefined || !/^\p{Script=Hangul}+$/u.test(word)) return;
  if (KOREAN_CASE_PARTICLE.test(word) || (mayBeVerb && isAdnominal(word))) return;
  // "틀린 데 있어?", "다른 거 있어?": a bound noun (데, 거, 곳, 점) names nothing by itself; nor
  // does a noun as general ("예전 이름으로 표기한 부분이 있습니까?": the clause before it asks).
  if (word.length === 1 || GENERAL_KOREAN_NOUN.test(word)) return;
  const before = words[head - 1];
  const modifier =
    before !== undefined &&
    !KOREAN_CASE_PARTICLE.test(before) &&
    !isAdnominal(before) &&
    !KOREAN_CONNECTIVE.test(before)
      ? before
      : undefined;
  phrases.push(modifier ? [modifier, word] : [word]);
}
