/**
 * Turns a text (a question, or a passage being indexed) into weighted search features:
 *   c:<concept>  a concept named in any language or form ("ms", "마소", "microsoft")
 *   e:<stem>     an English word stem
 *   k:<bigram>   Korean syllable pairs of a word stem (particles stripped)
 *   n:<amount>   a canonical amount ("$30B" = "300억 달러")
 * For questions it also tells which content words the knowledge knows, the question's language,
 * and whether it asks for a figure, for a reason, or for personal advice.
 */

import type { Concept, Language } from "../knowledge/schema.ts";
import { asksStakeAdvice } from "./advice-stakes.ts";
import { askerNames } from "./asker-names.ts";
import { asksToConfirm, asksWhichAsWritten, opensWithQuestionWord } from "./confirmation.ts";
import { isDroppedVowelForm, MIN_DROPPED_VOWEL_LENGTH } from "./dropped-vowels.ts";
import { editDistance, withinOneEdit, withinOneSlip } from "./edit-distance.ts";
import { stemEnglish } from "./english.ts";
import { firstNeighbour, neighboursOfBuckets } from "./jamo-neighbours.ts";
import {
  areCloseJamo,
  isEnding,
  isExclamation,
  isLightVerbForm,
  modifierBeforeBoundNoun,
  stripEndings,
  toJamo,
} from "./korean.ts";
import { isKnownVerb } from "./korean-verb.ts";
import {
  type ConceptForm,
  formKey,
  formsStartingWith,
  jamoOf,
  type Lexicon,
  MIN_VOCABULARY_TYPO_LENGTH,
  type TypoTarget,
  tokenMatchesFormWord,
} from "./lexicon.ts";
import { normalizeText } from "./normalize.ts";
import { anyMatches, unitedPatterns } from "./pattern-union.ts";
import { readPassage, readQuestion } from "./read-question.ts";
import {
  ENGLISH_STOPWORDS,
  INJECTION_PATTERNS,
  isTopicStopwordWithEnding,
  OTHER_TASK_PATTERNS,
} from "./stopwords.ts";
import { textIncludes } from "./text-lookup.ts";
import { type Token, tokenize } from "./tokenize.ts";

export interface Term {
  /** The words as written (normalised). */
  readonly text: string;
  readonly kind: "concept" | "latin" | "hangul" | "amount";
  readonly features: readonly string[];
  /** Whether the knowledge has this word (exactly, by alias, or within a small typo). */
  readonly known: boolean;
  /** The concept's entity id, when the term names one of the story's entities. */
  readonly entity?: string;
}

export interface Analysis {
  readonly normalized: string;
  readonly language: Language;
  /** Content terms: stopwords and question words left out. */
  readonly terms: readonly Term[];
  /** Feature -> weight, summed over terms. */
  readonly features: ReadonlyMap<string, number>;
  /** The question asks for a number ("how much", "얼마"). */
  readonly asksForFigure: boolean;
  /** The question asks why ("why", "왜", "이유"). */
  readonly asksForReason: boolean;
  /** The question asks for a summary ("sum up", "요약해줘"). */
  readonly asksForSummary: boolean;
  /** The question asks for personal advice or a prediction ("should I buy", "살까"). */
  readonly asksForAdvice: boolean;
  /** The question asks to confirm a claim ("…, right?", "I heard…", "…맞지?"): see confirmation.ts. */
  readonly asksToConfirm: boolean;
  /**
   * The question as normalised before the glossary rewrote it, when it did ("오퍼스도" is read
   * "opus", its particle gone); undefined otherwise and for passages.
   */
  readonly asWritten?: string | undefined;
  /** The text tries to change the rules ("ignore your instructions", "시스템 프롬프트"). */
  readonly triesToChangeRules: boolean;
  /** The text asks for something other than facts: a joke, a poem, a song ("삼행시 지어줘"). */
  readonly asksForOtherTask: boolean;
  /**
   * A question's Hangul words once unspaced runs are split, question words and endings kept
   * ("에대해뭐라했어" -> "에대해", "뭐라했어"); empty for passages.
   */
  readonly hangulWords: readonly string[];
  /**
   * What later steps work out from this analysis once and keep on it, so that it lives exactly as
   * long as the analysis does (one answer): the relations a text asks (scope.ts). Kept in a
   * WeakMap keyed by the analysis instead, they were copied by every young-generation collection
   * while the analysis was long gone (54 KB of the 64 KB each collection copied).
   */
  readonly derived: { relations?: unknown };
}

export interface AnalyzeOptions {
  /**
   * "question": words are checked against the knowledge (known or not) and typos corrected.
   * "passage" (default): text being indexed, whose words are the knowledge: no checks needed.
   */
  readonly mode?: "question" | "passage";
  /** The text's tokens, when the caller has them already (the index tokenises each text once). */
  readonly tokens?: readonly Token[];
}

const AMOUNT_WEIGHT = 1.5;
/** Weight of the concepts an intent implies ("why" looks for "strategy" too). */
const RELATED_WEIGHT = 0.5;

export function analyze(text: string, lexicon: Lexicon, options: AnalyzeOptions = {}): Analysis {
  const isQuestion = options.mode === "question";
  const read = options.tokens
    ? { normalized: "", tokens: options.tokens, unsplit: options.tokens }
    : isQuestion
      ? readQuestion(text, lexicon)
      : readPassage(text);
  const { normalized, tokens } = read;
  const { terms, intents } = readTerms(
    tokens,
    lexicon,
    isQuestion,
    isQuestion && !options.tokens ? normalized : undefined,
  );
  // "…? Thanks, Linda", "my friend Bob says…": who asks or told the asker is no word of the topic.
  // The words as split too: "…궁금합니다손주가물어봐서요" names its teller only once split (and
  // before the glossary, which drops a passed-on question's verb, reads the split text again).
  const askers =
    isQuestion && !options.tokens
      ? askerNames(text, () => read.splitBeforeGloss ?? tokens.map((token) => token.text).join(" "))
      : undefined;
  const distinctTerms = mergeRepeatedConcepts(
    askers && askers.size > 0 ? terms.filter((term) => !isAskerName(term, askers)) : terms,
  );
  const features = sumFeatures(distinctTerms);
  // Indexed loops, not a flatMap of the intents: no array made for each text.
  for (let at = 0; at < intents.length; at++) {
    const related = (intents[at] as Concept).related;
    for (let one = 0; one < related.length; one++) {
      const feature = `c:${related[one]}`;
      features.set(feature, (features.get(feature) ?? 0) + RELATED_WEIGHT);
    }
  }
  // The question as written, when the glossary changed it: slang it rewrites may be the advice
  // ("떡상할까" -> "상승할까"), or the yes/no tag ("ㅇㅈ?").
  const asWritten = read.unglossed !== normalized ? read.unglossed : undefined;
  return new TextAnalysis(
    normalized,
    // Before chat jamo are dropped and Korean split: "ㅋㅋㅋ" alone is still Korean.
    detectLanguage(read.unsplit),
    distinctTerms,
    features,
    intents,
    isQuestion ? hangulWordsOf(tokens) : [],
    isQuestion ? lexicon : undefined,
    read.unglossed,
    asWritten,
  );
}

/** An unknown word that names the asker or a teller, or how they asked (asker-names.ts). */
function isAskerName(term: Term, askers: ReadonlySet<string>): boolean {
  return (term.kind === "latin" || term.kind === "hangul") && !term.known && askers.has(term.text);
}

/** The rules and other-task patterns, united: each question is read for any of them. */
const INJECTION = unitedPatterns(INJECTION_PATTERNS);
const OTHER_TASK = unitedPatterns(OTHER_TASK_PATTERNS);

/**
 * A lexicon's advice patterns, united when first asked for (not while the index is built at
 * start-up: the joined pattern is parsed again).
 */
const unitedAdviceLists = new WeakMap<readonly RegExp[], readonly RegExp[]>();

function unitedAdvice(patterns: readonly RegExp[]): readonly RegExp[] {
  let united = unitedAdviceLists.get(patterns);
  if (united === undefined) {
    united = unitedPatterns(patterns);
    unitedAdviceLists.set(patterns, united);
  }
  return united;
}

/**
 * An analysis whose checks by pattern (advice, rules, another task, a claim to confirm) run when
 * first read, not when the text is analysed: a several-part question analyses its clauses and
 * joins to split it, and about half of the slowest questions' analyses are never asked these.
 * Getters on a class, not closures made for each analysis. The same values as reading them at
 * once: each is a pure function of the texts.
 */
class TextAnalysis implements Analysis {
  readonly normalized: string;
  readonly language: Language;
  readonly terms: readonly Term[];
  readonly features: ReadonlyMap<string, number>;
  readonly asksForFigure: boolean;
  readonly asksForReason: boolean;
  readonly asksForSummary: boolean;
  readonly hangulWords: readonly string[];
  readonly derived: { relations?: unknown } = {};
  /** Undefined for a passage, which asks nothing. */
  readonly #lexicon: Lexicon | undefined;
  readonly #unglossed: string | undefined;
  readonly #asWritten: string | undefined;
  #asksForAdvice: boolean | undefined;
  #triesToChangeRules: boolean | undefined;
  #asksForOtherTask: boolean | undefined;
  #asksToConfirm: boolean | undefined;

  constructor(
    normalized: string,
    language: Language,
    terms: readonly Term[],
    features: ReadonlyMap<string, number>,
    intents: readonly Concept[],
    hangulWords: readonly string[],
    lexicon: Lexicon | undefined,
    unglossed: string | undefined,
    asWritten: string | undefined,
  ) {
    this.normalized = normalized;
    this.language = language;
    this.terms = terms;
    this.features = features;
    this.asksForFigure = intents.some((intent) => intent.intent === "figure");
    this.asksForReason = intents.some((intent) => intent.intent === "reason");
    this.asksForSummary = intents.some((intent) => intent.intent === "summary");
    this.hangulWords = hangulWords;
    this.#lexicon = lexicon;
    this.#unglossed = unglossed;
    this.#asWritten = asWritten;
  }

  get asWritten(): string | undefined {
    return this.#asWritten;
  }

  get asksForAdvice(): boolean {
    if (this.#asksForAdvice === undefined) {
      const normalized = this.normalized;
      const asWritten = this.#asWritten;
      const patterns = this.#lexicon && unitedAdvice(this.#lexicon.advicePatterns);
      this.#asksForAdvice =
        patterns !== undefined &&
        (anyMatches(patterns, normalized) ||
          (asWritten !== undefined && anyMatches(patterns, asWritten)) ||
          asksStakeAdvice(normalized) ||
          (asWritten !== undefined && asksStakeAdvice(asWritten)));
    }
    return this.#asksForAdvice;
  }

  get triesToChangeRules(): boolean {
    if (this.#triesToChangeRules === undefined) {
      const normalized = this.normalized;
      this.#triesToChangeRules = this.#lexicon !== undefined && anyMatches(INJECTION, normalized);
    }
    return this.#triesToChangeRules;
  }

  get asksForOtherTask(): boolean {
    if (this.#asksForOtherTask === undefined) {
      const normalized = this.normalized;
      this.#asksForOtherTask = this.#lexicon !== undefined && anyMatches(OTHER_TASK, normalized);
    }
    return this.#asksForOtherTask;
  }

  get asksToConfirm(): boolean {
    if (this.#asksToConfirm === undefined) {
      const asWritten = this.#asWritten;
      this.#asksToConfirm =
        this.#lexicon !== undefined &&
        !(this.#unglossed !== undefined && asksWhichAsWritten(this.#unglossed, this.normalized)) &&
        (asksToConfirm(this.normalized) ||
          (asWritten !== undefined &&
            asksToConfirm(asWritten) &&
            // "wot chips is Anthropic runnin' on?" is "what chips…" once the glossary read it: an
            // open question, though as written it reads like a claim. "got say why microsoft
            // invest or not?": the Singlish "or not" the glossary read away marks a question, and
            // the why inside it is what is asked.
            !opensWithQuestionWord(this.normalized) &&
            !ASKS_WHY.test(asWritten)));
    }
    return this.#asksToConfirm;
  }
}

/** A why the asker wrote inside the question ("got say why microsoft invest"). */
const ASKS_WHY = /\bwhy\b/u;

/** Scales a bare number may be meant at: billions (183), then 억 (1830억 written "1830"). */
const BARE_NUMBER_SCALES = [1e9, 1e8];
/** A number written in digits alone: no sign, scale, unit or number word. */
const BARE_NUMBER = /^\d{1,4}(?:\.\d{1,2})?$/u;
/** Words that may stand before a bare figure asked about ("the 183", "what's 350"). */
const BEFORE_BARE_FIGURE = new Set(
  "the that this what whats what's is was does did do about of and or vs from to".split(" "),
);
/**
 * Words that may follow one ("183 number", "350 is what", "the 30 about"), and the kind of figure
 * it is ("that 350 valuation", "the 30 azure purchase", "the 10 investment").
 */
const AFTER_BARE_FIGURE = new Set(
  "number numbers figure figures is was mean means refer refers about for stand stands thing and or vs to in the valuation valuations investment investments purchase commitment deal amount sum check cheque".split(
    " ",
  ),
);
/** A question about power: its bare numbers are gigawatts. */
const POWER_WORD = /기가와트|gigawatts?\b|\bgw\b/u;
/** Korean counters that make a bare number a date, a count or a rank (10월, 3개, 2배). */
const KOREAN_COUNTER =
  /^(?:월|일|년|개|명|시|분|초|주|배|위|등|번|차|세|살|대|퍼|프로|장|권|층|호)/u;
/**
 * Korean counters of everyday things and measures (10인분, 3마리, 2잔, 5킬로, 3시간): the number
 * counts them, so it is no figure of any kind, not even one the knowledge does not state.
 */
const KOREAN_MEASURE_COUNTER =
  /^(?:인분|인용|인가족|마리|잔|그릇|병|캔|컵|숟가락|스푼|큰술|작은술|포기|송이|켤레|벌|평|킬로|키로|그램|미터|센티|센치|리터|밀리|회차|쪽|페이지|군데|개월|시간|판|봉지|알)(?!\p{Script=Hangul}{2})/u;

/**
 * A plural English noun, the kind a number before it counts ("which 2 companies", "the 3 clouds"):
 * not "plus", "this", "has" (an -s after a vowel is seldom a plural of these).
 */
const ENGLISH_PLURAL_NOUN = /^[a-z]{2,}[^suiao']s$/u;
/**
 * A unit, a scale, a multiplier or a span of time that makes the number before it a figure ("30
 * bills", "5 years").
 */
const ENGLISH_FIGURE_WORD =
  /^(?:years|months|weeks|days|hours|minutes|decades|quarters|billions|bils|bills|bns|millions|mils|mills|trillions|thousands|hundreds|dollars|bucks|usd|grands|yards|racks|stacks|bands|gigawatts|gigs|gws|megawatts|mws|percents|pcts|times|units|shares|pounds|euros|wons)$/u;
/** A verb after a figure ("where the 30 comes from", "5 plus 10 equals"), no plural noun. */
const ENGLISH_VERB_AFTER_FIGURE =
  /^(?:comes|goes|makes|means|stands|equals|adds|totals|gets|becomes|includes|represents|refers|belongs|looks|seems|sounds|works|does|says|pays|gives|takes|leaves|matters|applies|reads|shows|sits|lands|hits|beats|tops|flows|heads|ends|starts|stays|covers|counts)$/u;

/**
 * "10인분", "3 마리", "which 2 companies": a number that counts everyday things
 * (KOREAN_MEASURE_COUNTER, or in a question a plural English noun that is no unit). A count
 * claimed ("Claude is on 2 clouds now, right?") stays, to be checked against the fact's.
 */
function countsThings(tokens: readonly Token[], at: number, text: string | undefined): boolean {
  const next = tokens[at + 1];
  if (next?.script === "latin") {
    if (text === undefined) return false;
    // "h100-equivalents": a number glued to a letter before it is part of a name.
    const previous = tokens[at - 1];
    if (previous?.script === "latin" && previous.end === tokens[at]?.start) return false;
    // The word after first; whether the whole text is a claim (a scan of its tags) only then.
    return (
      ENGLISH_PLURAL_NOUN.test(next.text) &&
      !ENGLISH_FIGURE_WORD.test(next.text) &&
      !ENGLISH_VERB_AFTER_FIGURE.test(next.text) &&
      !asksToConfirm(text)
    );
  }
  return next?.script === "hangul" && KOREAN_MEASURE_COUNTER.test(next.text);
}

/**
 * "what's the 183 number about", "350 is what", "183이 뭐야": a number in digits alone that the
 * knowledge never states, asked about where a figure stands, is read at the scale of a figure it
 * does state (183 -> 183 billion, 1830 -> 1830억). Not a version ("Opus 5"), a date ("10월"), a
 * count ("5 years") or a sum ("2+2=5").
 */
function bareFigure(
  tokens: readonly Token[],
  at: number,
  text: string,
  lexicon: Lexicon,
): Term | undefined {
  const token = tokens[at] as Token;
  if (lexicon.amounts.has(token.text) || !BARE_NUMBER.test(token.text)) return undefined;
  if (text.slice(token.start, token.end) !== token.text) return undefined;
  const previous = tokens[at - 1];
  const next = tokens[at + 1];
  // "h100", "gpt5": a number glued to letters is part of a name.
  if (previous?.script === "latin" && previous.end === token.start) return undefined;
  if (next?.script === "latin" && token.end === next.start) return undefined;
  // "2+2=5": a sum written out, not a figure.
  if (
    /[+=*/^-]\s*$/u.test(text.slice(0, token.start)) ||
    /^\s*[+=*/^]/u.test(text.slice(token.end))
  ) {
    return undefined;
  }
  // A word across a comma or a dash is another clause's ("from 183 to 350 — how much…").
  const bound = (from: number, to: number) => !/[^\s'’]/u.test(text.slice(from, to));
  if (
    previous?.script === "latin" &&
    bound(previous.end, token.start) &&
    !BEFORE_BARE_FIGURE.has(previous.text)
  ) {
    return undefined;
  }
  if (
    next?.script === "latin" &&
    bound(token.end, next.start) &&
    !AFTER_BARE_FIGURE.has(next.text)
  ) {
    return undefined;
  }
  if (next?.script === "hangul" && KOREAN_COUNTER.test(next.text)) return undefined;
  const value = Number(token.text);
  // "기가와트가 1이요 10이요": a bare number in a question about power is gigawatts, not dollars.
  if (POWER_WORD.test(text)) {
    const key = `${token.text}gw`;
    return lexicon.amounts.has(key)
      ? { text: key, kind: "amount", features: [`n:${key}`], known: true }
      : undefined;
  }
  if (value < 2) return undefined;
  for (const scale of BARE_NUMBER_SCALES) {
    const key = String(Math.round(value * scale));
    if (lexicon.amounts.has(key)) {
      return { text: key, kind: "amount", features: [`n:${key}`], known: true };
    }
  }
  return undefined;
}

/**
 * The content terms of a passage being indexed, from its tokens: what analyze gives as `terms`,
 * without the question's features, language and checks the index has no use for.
 */
export function passageTerms(tokens: readonly Token[], lexicon: Lexicon): readonly Term[] {
  return mergeRepeatedConcepts(readTerms(tokens, lexicon, false).terms);
}

function hangulWordsOf(tokens: readonly Token[]): string[] {
  // A loop, not flatMap: no array per word.
  const words: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.script === "hangul") words.push(token.text);
  }
  return words;
}

/** Terms (concepts first, then words) and the intents ("how much", "why") the tokens name. */
function readTerms(
  tokens: readonly Token[],
  lexicon: Lexicon,
  isQuestion: boolean,
  /** A question's normalised text, which its tokens index: bare figures are read on it. */
  text?: string,
): { terms: Term[]; intents: Concept[] } {
  const terms: Term[] = [];
  const intents: Concept[] = [];
  // Each token's English stem, worked out once: the concept forms tried at each place read the
  // same tokens again (a word opens dozens of forms).
  const stems: (string | undefined)[] = new Array(tokens.length);
  for (let index = 0; index < tokens.length; ) {
    const hit = matchConcept(tokens, index, lexicon, stems);
    if (hit) {
      if (hit.form.concept.intent) intents.push(hit.form.concept);
      else terms.push(conceptTerm(hit.form, tokens, index, hit.length));
      index += hit.length;
      continue;
    }
    const token = tokens[index] as Token;
    const previous = tokens[index - 1];
    // "갈비찜 10인분 비율": a count of servings is no figure to compute with.
    if (
      token.script === "amount" &&
      BARE_NUMBER.test(token.text) &&
      countsThings(tokens, index, text)
    ) {
      index++;
      continue;
    }
    const figure =
      text !== undefined && token.script === "amount"
        ? bareFigure(tokens, index, text, lexicon)
        : undefined;
    index++;
    if (isParticleOfForeignWord(token, previous)) continue;
    if (isQuestion && isVerbOfSayingAfterQuote(token, previous)) continue;
    const term = figure ?? rememberedWordTerm(token, lexicon, isQuestion);
    if (term) terms.push(term);
    // "10기가와트라던데?", "anthropic got 5 gigawatts?": a claimed figure the knowledge never
    // states still names what it measures, as the bare unit would, so the claim is checked. Asked
    // about ("10기가와트는 누구 계약이야?"), a figure nobody states stays unknown.
    if (text !== undefined && term?.kind === "amount" && !term.known) {
      const unit = unitWordOf(term.text);
      const measured = unit && asksToConfirm(text) ? unitTerm(unit, term.text, lexicon) : undefined;
      if (measured) terms.push(measured);
    }
  }
  return { terms, intents };
}

/** Amount keys carry their unit ("10gw", "40%"); the unit's own word, where the lexicon has it. */
const UNIT_WORDS: readonly (readonly [suffix: string, word: string])[] = [
  ["gw", "gigawatt"],
  ["%", "percent"],
];

function unitWordOf(amount: string): string | undefined {
  return UNIT_WORDS.find(([suffix]) => amount.endsWith(suffix))?.[1];
}

/** The unit's word as the lexicon reads it, standing for the amount written. */
function unitTerm(word: string, amount: string, lexicon: Lexicon): Term | undefined {
  const hit = matchConcept(
    [{ text: word, script: "latin", start: 0, end: word.length }],
    0,
    lexicon,
  );
  return hit ? conceptTermFor(hit.form.concept, amount) : undefined;
}

/** "Satya Nadella", "ChatGPT … OpenAI": one concept named twice is one term, not two. */
function mergeRepeatedConcepts(terms: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    if (term.kind !== "concept") return true;
    const key = term.features.length === 1 ? (term.features[0] as string) : term.features.join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "ms가", "blackwell은", "300억을": a Korean particle glued to a Latin word or a number; after a
 * figure, written apart too ("$5,000,000,000 이면", "10B 이라던데"): a figure takes its copula.
 */
function isParticleOfForeignWord(token: Token, previous: Token | undefined): boolean {
  return (
    token.script === "hangul" &&
    previous !== undefined &&
    previous.script !== "hangul" &&
    (previous.end === token.start || afterFigure(previous)) &&
    isEnding(token.text)
  );
}

/**
 * A figure, or the currency word the tokenizer puts after one ("$5" reads "5 usd": tokenize.ts
 * gives that word no width, at the amount's end).
 */
function afterFigure(previous: Token): boolean {
  return previous.script === "amount" || previous.start === previous.end;
}

/** A Korean quotative ("순환투자라고", "샀다고", "뭐냐고") closing what was said. */
const QUOTATIVE = /(?:라|다|냐|자)고$/u;
/** A verb's ending that reports what someone said or did ("까던데", "욕하더라", "씹는데"). */
const REPORTING_ENDING = /(?:던데|더라고?|더군|던가|는데|길래|대|래)요?$/u;

/**
 * "순환투자라고 까던데", "…라고 욕하더라": the verb right after a quotative says how the words were
 * said (criticised, mocked, called); what was said is the question's, the verb is not.
 */
function isVerbOfSayingAfterQuote(token: Token, previous: Token | undefined): boolean {
  return (
    token.script === "hangul" &&
    previous?.script === "hangul" &&
    QUOTATIVE.test(previous.text) &&
    REPORTING_ENDING.test(token.text)
  );
}

function matchConcept(
  tokens: readonly Token[],
  index: number,
  lexicon: Lexicon,
  /** The tokens' English stems as far as worked out (filled in here), by token. */
  stems: (string | undefined)[] = [],
): { form: ConceptForm; length: number } | undefined {
  const forms = formsStartingWith(tokens[index] as Token, lexicon);
  for (let candidate = 0; candidate < forms.length; candidate++) {
    const form = forms[candidate] as ConceptForm;
    if (formMatchesAt(form, tokens, index, stems)) return { form, length: form.words.length };
  }
  return undefined;
}

/** Whether every word of the form matches the tokens from `index` on. */
function formMatchesAt(
  form: ConceptForm,
  tokens: readonly Token[],
  index: number,
  stems: (string | undefined)[],
): boolean {
  for (let offset = 0; offset < form.words.length; offset++) {
    const token = tokens[index + offset];
    if (!token) return false;
    let stem = token.text;
    if (token.script === "latin") {
      const known = stems[index + offset];
      if (known === undefined) {
        stem = stemEnglish(token.text);
        stems[index + offset] = stem;
      } else {
        stem = known;
      }
    }
    if (!tokenMatchesFormWord(token, form.words[offset] as ConceptForm["words"][number], stem)) {
      return false;
    }
  }
  return true;
}

function conceptTerm(
  form: ConceptForm,
  tokens: readonly Token[],
  index: number,
  length: number,
): Term {
  // Most names are one word: no slice and join for them (this runs for every passage word).
  const text =
    length === 1
      ? (tokens[index] as Token).text
      : tokens
          .slice(index, index + length)
          .map((token) => token.text)
          .join(" ");
  return conceptTermFor(form.concept, text);
}

function conceptTermFor(concept: Concept, text: string): Term {
  const features = [`c:${concept.id}`];
  return concept.entity
    ? { text, kind: "concept", features, known: true, entity: concept.entity }
    : { text, kind: "concept", features, known: true };
}

/**
 * Word terms remembered per lexicon, for questions and passages apart: a term depends only on the
 * word, and the same words recur in passage after passage and question after question, while
 * reading one (endings, stems, the typo search over the vocabulary) is the dearest step here.
 */
const rememberedTerms = new WeakMap<Lexicon, Map<string, Term | null>[]>();
const MAX_REMEMBERED_TERMS = 20_000;

function rememberedWordTerm(token: Token, lexicon: Lexicon, isQuestion: boolean): Term | undefined {
  let byMode = rememberedTerms.get(lexicon);
  if (!byMode) {
    byMode = [new Map(), new Map()];
    rememberedTerms.set(lexicon, byMode);
  }
  const terms = byMode[isQuestion ? 1 : 0] as Map<string, Term | null>;
  // Scripts never share a word ("5000" is an amount, "ms" Latin, "투자" Hangul).
  const known = terms.get(token.text);
  if (known !== undefined) return known ?? undefined;
  const term = wordTerm(token, lexicon, isQuestion);
  if (terms.size < MAX_REMEMBERED_TERMS) terms.set(token.text, term ?? null);
  return term;
}

function wordTerm(token: Token, lexicon: Lexicon, isQuestion: boolean): Term | undefined {
  switch (token.script) {
    case "amount":
      return {
        text: token.text,
        kind: "amount",
        features: [`n:${token.text}`],
        known: lexicon.amounts.has(token.text),
      };
    case "latin": {
      if (lexicon.stopwords.has(token.text) || token.text.length < 2) return undefined;
      const stem = stemEnglish(token.text);
      if (lexicon.latinStems.has(stem)) {
        return { text: token.text, kind: "latin", features: [`e:${stem}`], known: true };
      }
      const corrected = isQuestion ? correctLatin(token.text, lexicon) : undefined;
      // "seeing", "seen": a form of a stop word ("see") the knowledge does not have.
      return (
        corrected ?? { text: token.text, kind: "latin", features: [`e:${stem}`], known: false }
      );
    }
    case "hangul": {
      if (lexicon.stopwords.has(token.text)) return undefined;
      // A misspelt name first: "엔비디야는" must not pass as the known fragment "엔비디".
      const name = isQuestion ? correctHangulName(token.text, lexicon) : undefined;
      if (name) return name;
      const stem = isQuestion ? hangulStem(token.text, lexicon) : passageStem(token.text);
      // A question word or light verb under its ending ("되나요" -> "되") is still one.
      const stems = [stem, stripEndings(token.text, 1), stripEndings(token.text, 2)];
      if (stems.some((candidate) => lexicon.stopwords.has(candidate))) return undefined;
      if (isQuestion && isTopicStopwordWithEnding(token.text, lexicon.stopwords)) return undefined;
      if (isLightVerbForm(token.text)) return undefined;
      if (!isQuestion)
        return { text: token.text, kind: "hangul", features: bigrams(stem), known: true };
      if (isKnownHangul(stem, lexicon)) {
        return { text: token.text, kind: "hangul", features: bigrams(stem), known: true };
      }
      // "남는다는": a verb the knowledge writes in another form ("남아있지만").
      if (isKnownVerb(token.text, lexicon.hangulText)) {
        return { text: token.text, kind: "hangul", features: bigrams(stem), known: true };
      }
      // "투자액", "투자했고", "발표였음": a concept's Korean form with a suffix or an ending. A
      // compound keeps its syllable pairs too: "투자액" is more specific than "투자".
      const prefixed = conceptAtStart(stem, lexicon);
      const compound = splitCompound(stem, lexicon);
      if (prefixed) {
        const term = conceptTermFor(prefixed, token.text);
        return compound ? { ...term, features: [...term.features, ...bigrams(compound)] } : term;
      }
      if (compound) {
        return { text: token.text, kind: "hangul", features: bigrams(compound), known: true };
      }
      const corrected = isQuestion ? correctHangul(token.text, stem, lexicon) : undefined;
      // "웃기네", "대단하네요": the asker's reaction, not what is asked.
      if (!corrected && isQuestion && isExclamation(token.text)) return undefined;
      return (
        corrected ?? { text: token.text, kind: "hangul", features: bigrams(stem), known: false }
      );
    }
  }
}

/**
 * A word that starts with a concept's Korean form of two syllables or more, followed by a verb
 * ending or a noun suffix the stripper does not know ("투자했고", "발표였음"): that concept.
 */
function conceptAtStart(stem: string, lexicon: Lexicon): Concept | undefined {
  if ([...stem].length < 3) return undefined;
  let best: ConceptForm | undefined;
  for (const form of lexicon.formsByFirstKey.get(formKey("hangul", stem)) ?? []) {
    const [word] = form.words;
    if (form.words.length !== 1 || !word || word.script !== "hangul") continue;
    if ([...word.value].length < 2 || !stem.startsWith(word.value) || form.concept.intent) continue;
    if (!best || word.value.length > (best.words[0]?.value.length ?? 0)) best = form;
  }
  return best?.concept;
}

function isKnownHangul(stem: string, lexicon: Lexicon): boolean {
  return [...stem].length >= 2 && textIncludes(lexicon.hangulText, stem);
}

/** One-syllable nouns that make compounds: 투자액 (amount), 투자금 (money), 성장률 (rate). */
const COMPOUND_TAILS = new Set([..."액금률량비가원사들적성측님용"]);

/**
 * A compound of a known word and one such syllable ("투자액" = "투자" + "액"): search with the
 * known part.
 */
function splitCompound(stem: string, lexicon: Lexicon): string | undefined {
  const syllables = [...stem];
  if (syllables.length < 3 || !COMPOUND_TAILS.has(syllables.at(-1) ?? "")) return undefined;
  const head = syllables.slice(0, -1).join("");
  return isKnownHangul(head, lexicon) ? head : undefined;
}

/**
 * The stem to search with: particles and endings stripped once or twice, preferring a stem the
 * knowledge has, and never one syllable when the whole word is known ("의도" stays "의도").
 */
function hangulStem(word: string, lexicon: Lexicon): string {
  const once = stripEndings(word, 1);
  const twice = stripEndings(once, 1);
  // The longest stem the knowledge has ("평가됐어" -> "평가", not "평"), else the shortest one.
  // "쓰는거임": the verb's modifier form ("쓰는") when the stems are too short to look up.
  const modifier = [...twice].length < 2 ? modifierBeforeBoundNoun(word) : undefined;
  for (const stem of modifier ? [once, twice, modifier] : [once, twice]) {
    if ([...stem].length >= 2 && textIncludes(lexicon.hangulText, stem)) return stem;
  }
  if ([...twice].length >= 2) return twice;
  if ([...once].length >= 2) return once;
  return textIncludes(lexicon.hangulText, word) ? word : twice;
}

/**
 * hangulStem for a passage's own words, which are the knowledge: stripping once always leaves a
 * known stem when it leaves two syllables, so no search of the knowledge text is needed.
 */
function passageStem(word: string): string {
  const once = stripEndings(word, 1);
  if ([...once].length >= 2) return once;
  const twice = stripEndings(once, 1);
  return [...twice].length >= 2 ? twice : word;
}

/** Korean features: syllable pairs of the stem (one syllable stands alone). */
function bigrams(stem: string): string[] {
  const syllables = [...stem];
  if (syllables.length < 2) return [`k:${stem}`];
  const pairs: string[] = [];
  for (let index = 0; index + 1 < syllables.length; index++) {
    pairs.push(`k:${syllables[index]}${syllables[index + 1]}`);
  }
  return pairs;
}

/**
 * A Latin typo: names and other concept forms are corrected from five letters on (one edit; two
 * from eight), everyday words only when long (one edit), so "bread" never becomes "broad".
 */
function correctLatin(word: string, lexicon: Lexicon): Term | undefined {
  if (word.length < 5) return restoreVowels(word, lexicon);
  let best: { target: TypoTarget; distance: number } | undefined;
  for (const target of lexicon.latinTypoTargets.near(word.length, 2)) {
    const allowed = target.concept
      ? word.length >= 8
        ? 2
        : 1
      : word.length >= MIN_VOCABULARY_TYPO_LENGTH
        ? 1
        : 0;
    if (allowed === 0) continue;
    // A short word is corrected only for a typing slip (see withinOneSlip).
    const withinOne = word.length < 8 ? withinOneSlip : withinOneEdit;
    const distance =
      allowed === 1
        ? withinOne(word, target.word)
          ? 1
          : 2
        : editDistance(word, target.word, allowed);
    if (distance <= allowed && (!best || distance < best.distance)) best = { target, distance };
  }
  if (!best) return restoreVowels(word, lexicon);
  return typoTerm(best.target, word);
}

/** The term for a word read as `target` misspelt. */
function typoTerm(target: TypoTarget, word: string): Term {
  return target.concept
    ? conceptTermFor(target.concept, word)
    : { text: word, kind: "latin", features: [`e:${stemEnglish(target.word)}`], known: true };
}

/**
 * A word written without its inner vowels ("totl", "investmnt"): read as the one knowledge word
 * it can be. Two readings that differ ("prt": part or port) leave it unknown.
 */
function restoreVowels(word: string, lexicon: Lexicon): Term | undefined {
  if (word.length < MIN_DROPPED_VOWEL_LENGTH) return undefined;
  let found: TypoTarget | undefined;
  // Up to four vowels dropped: the targets one to four letters longer.
  for (const target of lexicon.latinTypoTargets.near(word.length + 2, 2)) {
    if (!isDroppedVowelForm(word, target.word)) continue;
    if (found && found.word !== target.word && found.concept !== target.concept) return undefined;
    found ??= target;
  }
  return found && typoTerm(found, word);
}

/**
 * A Korean typo: one jamo off for words of three syllables or more; for shorter words only a
 * slip to a neighbouring or shifted key (ㅈ/ㅉ, ㅐ/ㅔ, ㅏ/ㅑ).
 */
function correctHangul(word: string, stem: string, lexicon: Lexicon): Term | undefined {
  const syllables = [...stem].length;
  if (syllables < 2) return undefined;
  const jamo = toJamo(stem);
  // One jamo more or less can change the syllable count by one ("엔비댜" / "엔비디아").
  const spread = syllables >= 3 ? 1 : 0;
  // The targets sharing a jamo key with the stem (jamo-neighbours.ts), first in the order
  // hangulTypoTargets.near gives them: not every target of about its length.
  const target = firstNeighbour(
    neighboursOfBuckets(lexicon.hangulTypoTargets),
    jamo,
    (candidate, length) =>
      length >= syllables - spread &&
      length <= syllables + spread &&
      (syllables >= 3
        ? withinOneEdit(jamo, jamoOf(candidate))
        : isCloseSlip(jamo, jamoOf(candidate))),
  );
  if (!target) return undefined;
  return target.concept
    ? conceptTermFor(target.concept, word)
    : { text: word, kind: "hangul", features: bigrams(target.word), known: true };
}

/**
 * A misspelt name with a particle: "엔비디야는" is "엔비디아" + "는". Names of three syllables or
 * more are compared with the same number of syllables at the start of the word.
 */
function correctHangulName(word: string, lexicon: Lexicon): Term | undefined {
  const syllables = [...word];
  if (syllables.length < 3) return undefined;
  const heads = new Map<number, number[] | undefined>();
  for (const target of lexicon.hangulNames) {
    if (target.syllables > syllables.length || !target.concept) continue;
    let head = heads.get(target.syllables);
    if (!heads.has(target.syllables)) {
      const rest = syllables.slice(target.syllables).join("");
      head = isEnding(rest) ? toJamo(syllables.slice(0, target.syllables).join("")) : undefined;
      heads.set(target.syllables, head);
    }
    if (head && withinOneEdit(head, jamoOf(target))) return conceptTermFor(target.concept, word);
  }
  return undefined;
}

function isCloseSlip(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let index = 0; index < a.length; index++) {
    const x = a[index] as number;
    const y = b[index] as number;
    if (x === y) continue;
    if (!areCloseJamo(x, y) || ++differences > 1) return false;
  }
  return differences === 1;
}

function sumFeatures(terms: readonly Term[]): Map<string, number> {
  const features = new Map<string, number>();
  for (const term of terms) {
    const weight = term.kind === "amount" ? AMOUNT_WEIGHT : 1 / term.features.length;
    for (const feature of term.features) {
      features.set(feature, (features.get(feature) ?? 0) + weight);
    }
  }
  return features;
}

/** The language a text is written in, without analysing it any further. */
export function languageOf(text: string): Language {
  return detectLanguage(tokenize(normalizeText(text)));
}

/**
 * Korean when Hangul words are at least as many as English function words ("what", "does"):
 * "Grace Blackwell은 누구의 하드웨어야?" is Korean, "What does 순환 투자 mean?" is English.
 */
export function detectLanguage(tokens: readonly Token[]): Language {
  let hangul = 0;
  let englishFunctionWords = 0;
  let latin = 0;
  for (const token of tokens) {
    if (token.script === "hangul") hangul++;
    else if (token.script === "latin") {
      latin++;
      if (ENGLISH_STOPWORDS.has(token.text)) englishFunctionWords++;
    }
  }
  if (hangul === 0) return "en";
  if (latin === 0) return "ko";
  return hangul >= englishFunctionWords ? "ko" : "en";
}
