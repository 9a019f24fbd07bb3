/**
 * Everything the analyser knows about a knowledge folder's words: the concepts (aliases) with all
 * their forms, the Korean text to test words against, and the English vocabulary. Built once at
 * start-up from the texts the index will hold.
 */
import type { Concept, GlossaryEntry } from "../knowledge/schema.ts";
import { KOREAN_PEOPLE } from "./asker-names.ts";
import { ENGLISH_DAY_WORDS, ENGLISH_MONTH_WORDS } from "./dates.ts";
import { stemEnglish } from "./english.ts";
import { buildGlossary, type Glossary } from "./glossary.ts";
import { isEnding, stripEndings, toJamo } from "./korean.ts";
import { normalizeText } from "./normalize.ts";
import { advicePatterns, ENGLISH_STOPWORDS, inflectionsOf, KOREAN_STOPWORDS } from "./stopwords.ts";
import { type Token, tokenize } from "./tokenize.ts";

/** One word of a concept form, ready to compare with a token. */
interface FormWord {
  readonly script: Token["script"];
  /** Latin: the stem; Hangul: the word; amount: the canonical key. */
  readonly value: string;
}

export interface ConceptForm {
  readonly concept: Concept;
  readonly words: readonly FormWord[];
}

/** A new field must also be written and read back in lexicon-snapshot.ts (the index cache). */
export interface Lexicon {
  /** Concept forms, longest (most words) first, indexed by their first word's key. */
  readonly formsByFirstKey: ReadonlyMap<string, readonly ConceptForm[]>;
  /** The vocabulary texts, normalised, for "does this Korean word occur anywhere" checks. */
  readonly hangulText: string;
  readonly latinStems: ReadonlySet<string>;
  /**
   * Latin words as written (the vocabulary, every word of a concept form, the glossary, what the
   * knowledge knows it does not cover): what a run of English without spaces is split into (see
   * latin-segment.ts).
   */
  readonly latinWords: ReadonlySet<string>;
  /** Canonical amounts that occur anywhere in the knowledge. */
  readonly amounts: ReadonlySet<string>;
  /** Latin typo targets (concept forms and long vocabulary words), by length. */
  readonly latinTypoTargets: LengthBuckets<TypoTarget>;
  /** Korean typo targets (vocabulary words and concept forms), by syllable count. */
  readonly hangulTypoTargets: LengthBuckets<HangulTypoTarget>;
  /** Korean concept forms of three syllables or more: names a misspelling may stand for. */
  readonly hangulNames: readonly HangulTypoTarget[];
  /** Words read past in both languages: the generic ones and the topic's (manifest). */
  readonly stopwords: ReadonlySet<string>;
  /** Phrases that ask for advice, the topic's advice topics included. */
  readonly advicePatterns: readonly RegExp[];
  /** Slang and abbreviations, rewritten before a question is read. */
  readonly glossary: Glossary;
  /**
   * Every Korean word the knowledge knows (concept form words, article stems, question words):
   * what an unspaced run of Hangul is split into (see hangul-segment.ts).
   */
  readonly hangulWords: ReadonlySet<string>;
  /** The longest of hangulWords, in syllables. */
  readonly longestHangulWord: number;
  /**
   * The glossary's Korean slang of one word ("박음", "쏨"): the last piece an unspaced run may
   * end on ("얼마박음" -> "얼마 박음"), so the slang is read once it stands alone.
   */
  readonly hangulSlangEnds: ReadonlySet<string>;
}

/** What a knowledge folder adds to the generic word lists (its manifest and glossary). */
export interface TopicWords {
  readonly stopwords?: readonly string[];
  readonly adviceTopics?: readonly string[];
  readonly glossary?: readonly GlossaryEntry[];
  /**
   * Words the knowledge does not cover but a question may glue to others ("시가총액" in
   * "엔비디아시가총액얼마"): split out of unspaced Korean so the scope check sees them, without
   * making them known words.
   */
  readonly segmentWords?: readonly string[];
}

export interface HangulTypoTarget extends TypoTarget {
  readonly syllables: number;
  /** The word's jamo, worked out the first time a typo is compared with it (see jamoOf). */
  jamo?: readonly number[];
}

/** A target's jamo, computed once on first use: most targets are never compared at all. */
export function jamoOf(target: HangulTypoTarget): readonly number[] {
  target.jamo ??= toJamo(target.word);
  return target.jamo;
}

/** Items filed by length, so a typo is only compared with words of about its length. */
export class LengthBuckets<T> {
  private readonly buckets = new Map<number, T[]>();
  /** The items near a length, joined once per (length, spread) asked: no work per question. */
  private readonly joined = new Map<number, Map<number, readonly T[]>>();
  private longest = 0;

  add(length: number, item: T): void {
    const bucket = this.buckets.get(length);
    if (bucket) bucket.push(item);
    else this.buckets.set(length, [item]);
    this.longest = Math.max(this.longest, length);
    if (this.joined.size > 0) this.joined.clear();
  }

  /** The items by length, in the order they were filed (to remember them: index-cache.ts). */
  entries(): IterableIterator<[number, readonly T[]]> {
    return this.buckets.entries();
  }

  /** Items whose length is within `spread` of `length`, shortest lengths first. */
  near(length: number, spread: number): readonly T[] {
    // Longer than anything filed (a pasted wall of text): nothing near, and nothing to remember.
    if (length - spread > this.longest) return [];
    let bySpread = this.joined.get(length);
    if (!bySpread) {
      bySpread = new Map();
      this.joined.set(length, bySpread);
    }
    let items = bySpread.get(spread);
    if (!items) {
      const found: T[] = [];
      for (let candidate = length - spread; candidate <= length + spread; candidate++) {
        found.push(...(this.buckets.get(candidate) ?? []));
      }
      items = found;
      bySpread.set(spread, items);
    }
    return items;
  }
}

export interface TypoTarget {
  readonly word: string;
  /** Set when the word is a concept form: a typo of it names that concept. */
  readonly concept?: Concept;
}

/**
 * Key under which a form is filed: Latin stems whole, Hangul words by their first two syllables
 * (or their only one). A Hangul token is looked up under both of its own prefixes.
 */
export function formKey(script: Token["script"], value: string): string {
  return script === "hangul" ? `h:${value.slice(0, 2)}` : `${script[0]}:${value}`;
}

/**
 * The concept forms that may start at a token, in the order they are tried: for a Hangul word,
 * those filed under its first two syllables, then those under its first one. Remembered per
 * lexicon (bounded): every token of every passage and question asks, and the words recur.
 */
export function formsStartingWith(token: Token, lexicon: Lexicon): readonly ConceptForm[] {
  let known = candidateCache.get(lexicon);
  if (!known) {
    known = new Map();
    candidateCache.set(lexicon, known);
  }
  // Scripts never share a word ("5000" is an amount, "ms" Latin, "투자" Hangul).
  let forms = known.get(token.text);
  if (!forms) {
    forms = findFormsStartingWith(token, lexicon);
    if (known.size < MAX_REMEMBERED_CANDIDATES) known.set(token.text, forms);
  }
  return forms;
}

const candidateCache = new WeakMap<Lexicon, Map<string, readonly ConceptForm[]>>();
const MAX_REMEMBERED_CANDIDATES = 20_000;
const NO_FORMS: readonly ConceptForm[] = [];

function findFormsStartingWith(token: Token, lexicon: Lexicon): readonly ConceptForm[] {
  if (token.script !== "hangul") {
    const value = token.script === "latin" ? stemEnglish(token.text) : token.text;
    return lexicon.formsByFirstKey.get(formKey(token.script, value)) ?? NO_FORMS;
  }
  const byTwo =
    token.text.length >= 2 ? lexicon.formsByFirstKey.get(formKey("hangul", token.text)) : undefined;
  const byOne = lexicon.formsByFirstKey.get(formKey("hangul", token.text.slice(0, 1)));
  if (byTwo && byOne) return [...byTwo, ...byOne];
  return byTwo ?? byOne ?? NO_FORMS;
}

/**
 * @param vocabulary the tokens of the texts whose words count as "known" (the article, its
 *   translation, curated keywords: not long explanatory statements, whose everyday words would
 *   make off-topic questions look known).
 * @param everything the tokens of every text the index holds, for the amounts they mention.
 */
export function buildLexicon(
  concepts: readonly Concept[],
  vocabulary: readonly (readonly Token[])[],
  everything: readonly (readonly Token[])[],
  topic: TopicWords = {},
): Lexicon {
  // This runs once, at start-up, unoptimised, where each step of a for…of loop allocates: the
  // loops over every form and word use forEach instead.
  const stopwords = new Set(ENGLISH_STOPWORDS);
  // Month names say when, as 월 does: never what a question is about.
  ENGLISH_MONTH_WORDS.forEach((word) => {
    stopwords.add(word);
  });
  // So do days and holidays ("over Sunday lunch", "nearer Christmas").
  ENGLISH_DAY_WORDS.forEach((word) => {
    stopwords.add(word);
  });
  KOREAN_STOPWORDS.forEach((word) => {
    stopwords.add(word);
  });
  topic.stopwords?.forEach((word) => {
    stopwords.add(normalizeText(word));
  });
  const formsByFirstKey = new Map<string, ConceptForm[]>();
  const formTexts: string[] = [];
  const formHangulWords: string[] = [];
  const singleWordForms: { token: Token; concept: Concept }[] = [];
  concepts.forEach((concept) => {
    concept.forms.forEach((form) => {
      const normalized = normalizeText(form);
      formTexts.push(normalized);
      const tokens = tokenize(normalized);
      tokens.forEach((token) => {
        if (token.script === "hangul") formHangulWords.push(token.text);
      });
      const first = tokens[0];
      if (!first) return;
      // Words of multi-word forms are not known on their own ("release" of "press release").
      if (tokens.length === 1) singleWordForms.push({ token: first, concept });
      const words = tokens.map((token) => ({
        script: token.script,
        value: token.script === "latin" ? stemEnglish(token.text) : token.text,
      }));
      const key = formKey(first.script, (words[0] as FormWord).value);
      const list = formsByFirstKey.get(key);
      if (list) list.push({ concept, words });
      else formsByFirstKey.set(key, [{ concept, words }]);
    });
  });
  formsByFirstKey.forEach((list) => {
    list.sort((a, b) => b.words.length - a.words.length || textLength(b) - textLength(a));
  });

  const latinStems = new Set<string>();
  const latinWords = new Set<string>();
  const hangulWords = new Set<string>();
  const learn = (token: Token) => {
    if (token.script === "latin" && !stopwords.has(token.text)) {
      latinStems.add(stemEnglish(token.text));
      latinWords.add(token.text);
    } else if (token.script === "hangul") {
      const stem = stripEndings(token.text);
      if (stem.length >= 2 && !stopwords.has(stem)) hangulWords.add(stem);
      // "주요", "필요": a word whose last syllable looks like an ending is a word whole, where
      // its stem alone would be one syllable.
      else if (stem.length < 2 && token.text.length >= 2 && !stopwords.has(token.text)) {
        hangulWords.add(token.text);
      }
    }
  };
  vocabulary.forEach((tokens) => {
    tokens.forEach(learn);
  });
  singleWordForms.forEach(({ token }) => {
    learn(token);
  });
  // "the 350bn number I keep seeing": a function word's inflected form is one too, unless the
  // knowledge itself writes it (then it is one of its words).
  ENGLISH_STOPWORDS.forEach((word) => {
    inflectionsOf(word).forEach((form) => {
      if (!latinWords.has(form)) stopwords.add(form);
    });
  });
  const amounts = new Set<string>();
  everything.forEach((tokens) => {
    tokens.forEach((token) => {
      if (token.script === "amount") amounts.add(token.text);
    });
  });

  const latinTypoTargets = new LengthBuckets<TypoTarget>();
  const hangulTypoTargets = new LengthBuckets<HangulTypoTarget>();
  const hangulNames: HangulTypoTarget[] = [];
  const hangulTarget = (word: string, concept?: Concept): HangulTypoTarget => ({
    word,
    // Hangul lies in the BMP: its length in UTF-16 units is its length in syllables.
    syllables: word.length,
    ...(concept ? { concept } : {}),
  });
  singleWordForms.forEach(({ token, concept }) => {
    if (token.script === "latin") {
      latinTypoTargets.add(token.text.length, { word: token.text, concept });
    } else if (token.script === "hangul") {
      const target = hangulTarget(token.text, concept);
      hangulTypoTargets.add(target.syllables, target);
      if (target.syllables >= 3) hangulNames.push(target);
    }
  });
  latinWords.forEach((word) => {
    if (word.length >= MIN_VOCABULARY_TYPO_LENGTH) latinTypoTargets.add(word.length, { word });
  });
  hangulWords.forEach((word) => {
    const target = hangulTarget(word);
    hangulTypoTargets.add(target.syllables, target);
  });

  const vocabularyText = vocabulary.map((tokens) => tokens.map((token) => token.text).join(" "));
  const dictionary = new Set(hangulWords);
  formHangulWords.forEach((word) => {
    dictionary.add(word);
  });
  stopwords.forEach((word) => {
    if (HANGUL_WORD.test(word)) dictionary.add(word);
  });
  // "손주가물어봐서요": who asked is a word of the split, or its run is cut into 손 + 주가.
  KOREAN_PEOPLE.forEach((word) => {
    if (word.length >= 2) dictionary.add(word);
  });
  topic.segmentWords?.forEach((word) => {
    const normalized = normalizeText(word);
    if (HANGUL_WORD.test(normalized) && normalized.length >= 2) dictionary.add(normalized);
  });
  const latinDictionary = new Set(latinWords);
  const learnLatin = (text: string) => {
    tokenize(normalizeText(text)).forEach((token) => {
      if (token.script === "latin" && token.text.length >= 3) latinDictionary.add(token.text);
    });
  };
  // Names of two letters ("ms") count; other two-letter pieces ("tl" of "tl;dr") would split
  // too much.
  formTexts.forEach((text) => {
    tokenize(text).forEach((token) => {
      if (token.script === "latin") latinDictionary.add(token.text);
    });
  });
  topic.glossary?.forEach((entry) => {
    entry.say.forEach(learnLatin);
    learnLatin(entry.means);
  });
  topic.segmentWords?.forEach(learnLatin);
  let longestHangulWord = 1;
  dictionary.forEach((word) => {
    longestHangulWord = Math.max(longestHangulWord, word.length);
  });
  return {
    formsByFirstKey,
    hangulText: [...vocabularyText, ...formTexts].join("\n"),
    latinStems,
    latinWords: latinDictionary,
    amounts,
    latinTypoTargets,
    hangulTypoTargets,
    hangulNames,
    stopwords,
    advicePatterns: advicePatterns(topic.adviceTopics ?? []),
    glossary: buildGlossary(topic.glossary ?? []),
    hangulWords: dictionary,
    longestHangulWord,
    hangulSlangEnds: hangulSlangEnds(topic.glossary ?? []),
  };
}

/** The glossary's one-word Korean phrases of two syllables or more (see Lexicon). */
export function hangulSlangEnds(glossary: readonly GlossaryEntry[]): ReadonlySet<string> {
  const ends = new Set<string>();
  glossary.forEach((entry) => {
    entry.say.forEach((phrase) => {
      // Most phrases are English: only one with Hangul in it can normalise to a Hangul word, and
      // normalising every phrase was a tenth of the index's start.
      if (!HANGUL_IN.test(phrase)) return;
      const word = normalizeText(phrase);
      if (HANGUL_WORD.test(word) && word.length >= 2) ends.add(word);
    });
  });
  return ends;
}

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;
/** Hangul syllables, or what normalising may turn into one (conjoining jamo, circled syllables). */
const HANGUL_IN = /[\uac00-\ud7a3\u1100-\u11ff\u3200-\u32ff\uffa0-\uffdc]/;

/** Everyday words are only corrected when long: "bread" must not become "broad". */
export const MIN_VOCABULARY_TYPO_LENGTH = 8;

function textLength(form: ConceptForm): number {
  return form.words.reduce((sum, word) => sum + word.value.length, 0);
}

/** Whether a token matches one word of a concept form (Hangul: the form plus any ending). */
export function tokenMatchesFormWord(token: Token, word: FormWord, stem: string): boolean {
  if (token.script !== word.script) return false;
  if (token.script === "hangul") {
    if (!token.text.startsWith(word.value)) return false;
    const rest = token.text.slice(word.value.length);
    // Long names may carry anything after them; short words only a particle or an ending.
    // (Hangul lies in the BMP: its length in UTF-16 units is its length in syllables.)
    return rest === "" || isEnding(rest) || word.value.length >= 3;
  }
  return stem === word.value;
}
