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
  /** All text the index holds, normalised, for "does this Korean word occur anywhere" checks. */
  readonly hangulText: string;
  readonly latinStems: ReadonlySet<string>;
  /** Latin stems long enough to be typo targets. */
  readonly latinTypoTargets: readonly string[];
  /** Korean words (stems) with their jamo, as typo targets. */
  readonly hangulTypoTargets: readonly {
    readonly word: string;
    readonly jamo: readonly number[];
  }[];
}

/** Key under which a form is filed: Latin stems whole, Hangul words by their first syllable. */
export function formKey(script: Token["script"], value: string): string {
  return script === "hangul" ? `h:${value.slice(0, 1)}` : `${script[0]}:${value}`;
}

export function buildLexicon(concepts: readonly Concept[], texts: readonly string[]): Lexicon {
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

  const corpus = [...texts.map(normalizeText), ...formTexts];
  const latinStems = new Set<string>();
  const hangulWords = new Set<string>();
  for (const text of corpus) {
    for (const token of tokenize(text)) {
      if (token.script === "latin" && !ENGLISH_STOPWORDS.has(token.text)) {
        latinStems.add(stemEnglish(token.text));
      } else if (token.script === "hangul") {
        const stem = stripEndings(token.text);
        if (stem.length >= 2 && !KOREAN_STOPWORDS.has(stem)) hangulWords.add(stem);
      }
    }
  }

  return {
    formsByFirstKey,
    hangulText: corpus.join("\n"),
    latinStems,
    latinTypoTargets: [...latinStems].filter((stem) => stem.length >= 4),
    hangulTypoTargets: [...hangulWords].map((word) => ({ word, jamo: toJamo(word) })),
  };
}

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
