/**
 * Everything the analyser knows about a knowledge folder's words: the concepts (aliases) with all
 * their forms, the Korean text to test words against, and the English vocabulary. Built once at
 * start-up from the texts the index will hold.
 */
import type { Concept } from "../knowledge/schema.ts";
import { stemEnglish } from "./english.ts";
import { isEnding, stripEndings, toJamo } from "./korean.ts";
import { normalizeText } from "./normalize.ts";
import { ENGLISH_STOPWORDS, KOREAN_STOPWORDS } from "./stopwords.ts";
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

export interface Lexicon {
  /** Concept forms, longest (most words) first, indexed by their first word's key. */
  readonly formsByFirstKey: ReadonlyMap<string, readonly ConceptForm[]>;
  /** The vocabulary texts, normalised, for "does this Korean word occur anywhere" checks. */
  readonly hangulText: string;
  readonly latinStems: ReadonlySet<string>;
  /** Canonical amounts that occur anywhere in the knowledge. */
  readonly amounts: ReadonlySet<string>;
  /** Latin words of the vocabulary, as typo targets (concept forms and long words). */
  readonly latinTypoTargets: readonly TypoTarget[];
  /** Korean words of the vocabulary and concept forms, with their jamo, as typo targets. */
  readonly hangulTypoTargets: readonly (TypoTarget & { readonly jamo: readonly number[] })[];
}

export interface TypoTarget {
  readonly word: string;
  /** Set when the word is a concept form: a typo of it names that concept. */
  readonly concept?: Concept;
}

/** Key under which a form is filed: Latin stems whole, Hangul words by their first syllable. */
export function formKey(script: Token["script"], value: string): string {
  return script === "hangul" ? `h:${value.slice(0, 1)}` : `${script[0]}:${value}`;
}

/**
 * @param vocabularyTexts the texts whose words count as "known" (the article, its translation,
 *   curated keywords: not long explanatory statements, whose everyday words would make
 *   off-topic questions look known).
 * @param allTexts every text the index holds, for the amounts it mentions.
 */
export function buildLexicon(
  concepts: readonly Concept[],
  vocabularyTexts: readonly string[],
  allTexts: readonly string[],
): Lexicon {
  const formsByFirstKey = new Map<string, ConceptForm[]>();
  const formTexts: string[] = [];
  for (const concept of concepts) {
    for (const form of concept.forms) {
      const normalized = normalizeText(form);
      formTexts.push(normalized);
      const words = tokenize(normalized).map((token) => ({
        script: token.script,
        value: token.script === "latin" ? stemEnglish(token.text) : token.text,
      }));
      const first = words[0];
      if (!first) continue;
      const key = formKey(first.script, first.value);
      const list = formsByFirstKey.get(key) ?? [];
      list.push({ concept, words });
      formsByFirstKey.set(key, list);
    }
  }
  for (const list of formsByFirstKey.values()) {
    list.sort((a, b) => b.words.length - a.words.length || textLength(b) - textLength(a));
  }

  const corpus = [...vocabularyTexts.map(normalizeText), ...formTexts];
  const latinStems = new Set<string>();
  const latinWords = new Set<string>();
  const hangulWords = new Set<string>();
  for (const text of corpus) {
    for (const token of tokenize(text)) {
      if (token.script === "latin" && !ENGLISH_STOPWORDS.has(token.text)) {
        latinStems.add(stemEnglish(token.text));
        latinWords.add(token.text);
      } else if (token.script === "hangul") {
        const stem = stripEndings(token.text);
        if (stem.length >= 2 && !KOREAN_STOPWORDS.has(stem)) hangulWords.add(stem);
      }
    }
  }
  const amounts = new Set<string>();
  for (const text of allTexts) {
    for (const token of tokenize(normalizeText(text))) {
      if (token.script === "amount") amounts.add(token.text);
    }
  }

  const latinTypoTargets: TypoTarget[] = [];
  const hangulTypoTargets: (TypoTarget & { jamo: number[] })[] = [];
  for (const list of formsByFirstKey.values()) {
    for (const form of list) {
      const [word, ...rest] = form.words;
      if (!word || rest.length > 0) continue;
      if (word.script === "latin")
        latinTypoTargets.push({ word: word.value, concept: form.concept });
      if (word.script === "hangul") {
        hangulTypoTargets.push({
          word: word.value,
          concept: form.concept,
          jamo: toJamo(word.value),
        });
      }
    }
  }
  for (const word of latinWords) {
    if (word.length >= MIN_VOCABULARY_TYPO_LENGTH) latinTypoTargets.push({ word });
  }
  for (const word of hangulWords) hangulTypoTargets.push({ word, jamo: toJamo(word) });

  return {
    formsByFirstKey,
    hangulText: corpus.join("\n"),
    latinStems,
    amounts,
    latinTypoTargets,
    hangulTypoTargets,
  };
}

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
    return rest === "" || isEnding(rest) || [...word.value].length >= 3;
  }
  return stem === word.value;
}
