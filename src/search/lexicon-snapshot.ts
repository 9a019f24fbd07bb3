/**
 * A lexicon as plain JSON and back, for the index cache (index-cache.ts). Concepts are written as
 * their position in the knowledge's list and read back as the same objects; maps, sets and length
 * buckets keep the order they were built in, so a lexicon read back is the one built, down to the
 * order its words are tried in. The glossary is remembered as its parts (its phrases normalised
 * and its patterns' sources), the advice patterns are made again (a few small regular expressions).
 */
import type { Concept } from "../knowledge/schema.ts";
import { type GlossaryParts, glossaryFrom, glossaryParts } from "./glossary.ts";
import {
  type ConceptForm,
  type HangulTypoTarget,
  LengthBuckets,
  type Lexicon,
  type TopicWords,
  type TypoTarget,
} from "./lexicon.ts";
import { advicePatterns } from "./stopwords.ts";
import type { Script } from "./tokenize.ts";

/** A concept by its position in the knowledge's list; -1 for none. */
type ConceptRef = number;

export interface LexiconSnapshot {
  readonly forms: [key: string, forms: [concept: ConceptRef, words: [Script, string][]][]][];
  readonly hangulText: string;
  readonly latinStems: string[];
  readonly latinWords: string[];
  readonly amounts: string[];
  readonly latinTypoTargets: [length: number, targets: [word: string, concept: ConceptRef][]][];
  readonly hangulTypoTargets: [
    length: number,
    targets: [word: string, syllables: number, concept: ConceptRef][],
  ][];
  /** Names as their position among the Korean typo targets (all buckets in order). */
  readonly hangulNames: number[];
  readonly stopwords: string[];
  readonly hangulWords: string[];
  readonly longestHangulWord: number;
  readonly glossary: GlossaryParts;
  /** Remembered, not made again: normalising the glossary's Korean phrases cost 4 ms a start. */
  readonly hangulSlangEnds: string[];
}

/** The lexicon as JSON; throws when it names a concept that is not one of `concepts`. */
export function lexiconToSnapshot(
  lexicon: Lexicon,
  concepts: readonly Concept[],
  topic: TopicWords,
): LexiconSnapshot {
  const conceptRefs = new Map<Concept, number>();
  concepts.forEach((concept, index) => {
    conceptRefs.set(concept, index);
  });
  const ref = (concept: Concept | undefined): ConceptRef => {
    if (concept === undefined) return -1;
    const index = conceptRefs.get(concept);
    if (index === undefined) throw new Error(`concept ${concept.id} is not in the knowledge`);
    return index;
  };
  const hangulPositions = new Map<HangulTypoTarget, number>();
  const hangulTypoTargets: LexiconSnapshot["hangulTypoTargets"] = [];
  for (const [length, targets] of lexicon.hangulTypoTargets.entries()) {
    hangulTypoTargets.push([
      length,
      targets.map((target) => {
        hangulPositions.set(target, hangulPositions.size);
        return [target.word, target.syllables, ref(target.concept)];
      }),
    ]);
  }
  return {
    forms: [...lexicon.formsByFirstKey].map(([key, forms]) => [
      key,
      forms.map((form) => [ref(form.concept), form.words.map((word) => [word.script, word.value])]),
    ]),
    hangulText: lexicon.hangulText,
    latinStems: [...lexicon.latinStems],
    latinWords: [...lexicon.latinWords],
    amounts: [...lexicon.amounts],
    latinTypoTargets: [...lexicon.latinTypoTargets.entries()].map(([length, targets]) => [
      length,
      targets.map((target) => [target.word, ref(target.concept)]),
    ]),
    hangulTypoTargets,
    hangulNames: lexicon.hangulNames.map((name) => {
      const position = hangulPositions.get(name);
      if (position === undefined) throw new Error(`name ${name.word} is not a typo target`);
      return position;
    }),
    stopwords: [...lexicon.stopwords],
    hangulWords: [...lexicon.hangulWords],
    longestHangulWord: lexicon.longestHangulWord,
    // The lexicon keeps only the finished glossary: its parts are made again from the topic.
    glossary: glossaryParts(topic.glossary ?? []),
    hangulSlangEnds: [...lexicon.hangulSlangEnds],
  };
}

/**
 * The lexicon a snapshot was taken of, for the same concepts and topic words. Throws when the
 * snapshot does not fit them (a concept out of range): the caller then builds the lexicon.
 */
export function lexiconFromSnapshot(
  snapshot: LexiconSnapshot,
  concepts: readonly Concept[],
  topic: TopicWords,
): Lexicon {
  // Runs once, at start-up, unoptimised: forEach rather than for…of, which allocates per step.
  const concept = (ref: ConceptRef): Concept | undefined => {
    if (ref === -1) return undefined;
    const found = concepts[ref];
    if (found === undefined) throw new Error(`concept ${ref} is not in the knowledge`);
    return found;
  };
  const formsByFirstKey = new Map<string, ConceptForm[]>();
  snapshot.forms.forEach(([key, forms]) => {
    formsByFirstKey.set(
      key,
      forms.map(([ref, words]) => ({
        concept: concept(ref) as Concept,
        words: words.map(([script, value]) => ({ script, value })),
      })),
    );
  });
  const latinTypoTargets = new LengthBuckets<TypoTarget>();
  snapshot.latinTypoTargets.forEach(([length, targets]) => {
    targets.forEach(([word, ref]) => {
      const named = concept(ref);
      latinTypoTargets.add(length, named ? { word, concept: named } : { word });
    });
  });
  const hangulTypoTargets = new LengthBuckets<HangulTypoTarget>();
  const hangulTargets: HangulTypoTarget[] = [];
  snapshot.hangulTypoTargets.forEach(([length, targets]) => {
    targets.forEach(([word, syllables, ref]) => {
      const named = concept(ref);
      const target = named ? { word, syllables, concept: named } : { word, syllables };
      hangulTargets.push(target);
      hangulTypoTargets.add(length, target);
    });
  });
  const hangulNames = snapshot.hangulNames.map((position) => {
    const target = hangulTargets[position];
    if (target === undefined) throw new Error(`name ${position} is not a typo target`);
    return target;
  });
  return {
    formsByFirstKey,
    hangulText: snapshot.hangulText,
    latinStems: new Set(snapshot.latinStems),
    latinWords: new Set(snapshot.latinWords),
    amounts: new Set(snapshot.amounts),
    latinTypoTargets,
    hangulTypoTargets,
    hangulNames,
    stopwords: new Set(snapshot.stopwords),
    advicePatterns: advicePatterns(topic.adviceTopics ?? []),
    glossary: glossaryFrom(snapshot.glossary),
    hangulWords: new Set(snapshot.hangulWords),
    longestHangulWord: snapshot.longestHangulWord,
    hangulSlangEnds: new Set(snapshot.hangulSlangEnds),
  };
}
