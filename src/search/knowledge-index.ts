/**
 * The searchable form of a knowledge folder: every article sentence (with its translation and its
 * section heading) and every fact (both statements, label and keywords) in one BM25 index, plus
 * the lexicon the analyser needs. Built once at start-up.
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Fact } from "../knowledge/schema.ts";
import type { Section, Sentence } from "../knowledge/segment.ts";
import { rememberRecent } from "../util/remember-recent.ts";
import { type Analysis, analyze, passageTerms, type Term } from "./analyze.ts";
import { Bm25Index, type Ranked } from "./bm25.ts";
import { buildLexicon, type Lexicon } from "./lexicon.ts";
import { normalizeText } from "./normalize.ts";
import { type Token, tokenize } from "./tokenize.ts";

export type Passage =
  | { readonly kind: "sentence"; readonly sentence: Sentence; readonly section: Section }
  | { readonly kind: "fact"; readonly fact: Fact };

export interface KnowledgeIndex {
  readonly knowledge: Knowledge;
  readonly lexicon: Lexicon;
  /** Analyses a question (typos corrected). */
  analyze(question: string): Analysis;
  /** Passages ranked for a question: BM25, then adjusted for what the question asks. */
  search(analysis: Analysis): Ranked<Passage>[];
  /** Inverse document frequency of a feature. */
  idf(feature: string): number;
  /** The highest idf a feature can have here (one document has it). */
  readonly maxIdf: number;
  /**
   * The concepts each article sentence names (by sentence index), in its own words, its
   * translation or its section's heading: which parties and topics a passage covers.
   */
  readonly sentenceConcepts: readonly ReadonlySet<string>[];
}

/** A passage that leaves out a company the question names is probably about something else. */
const MISSING_ENTITY_FACTOR = 0.6;
/** "How much" prefers facts with a figure. */
const FIGURE_FACT_FACTOR = 1.3;
/** "Why" prefers the article's own reasoning over a fact sheet line. */
const REASON_FACT_FACTOR = 0.85;

/** Headings say what a section is about, but weigh less than the sentence itself. */
const HEADING_WEIGHT = 0.5;
const LABEL_WEIGHT = 0.5;

/**
 * Analyses kept for the texts read last: one answer reads the same text several times (the whole
 * question, its parts, a follow-up check). Analyses are read-only, so they can be shared.
 */
const RECENT_QUESTIONS = 16;

export function buildKnowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  const { article, facts, translations } = knowledge;
  const headings = article.sections.flatMap((section) =>
    section.heading ? [section.heading, translations.get(section.heading) ?? ""] : [],
  );
  // Each text is normalised and tokenised once, for the lexicon and for the index alike.
  const tokenCache = new Map<string, Token[]>();
  const tokensOf = (text: string): Token[] => {
    let tokens = tokenCache.get(text);
    if (!tokens) {
      tokens = tokenize(normalizeText(text));
      tokenCache.set(text, tokens);
    }
    return tokens;
  };
  // Known words: the article, its translation and the curated words of the fact sheet. The fact
  // statements are searched but do not make their everyday words "known".
  const vocabulary = [
    ...article.sentences.map((sentence) => sentence.text),
    ...translations.values(),
    ...facts.flatMap((fact) => [fact.label.ko, fact.label.en, ...fact.keywords]),
    ...knowledge.scope.relations.flatMap((relation) => relation.forms),
    ...headings,
  ];
  const statements = facts.flatMap((fact) => [fact.statement.ko, fact.statement.en]);
  const lexicon = buildLexicon(
    knowledge.concepts,
    vocabulary.map(tokensOf),
    [...vocabulary, ...statements].map(tokensOf),
    {
      ...knowledge.manifest.search,
      glossary: knowledge.glossary,
      // What the knowledge does not cover must still be recognised inside unspaced Korean.
      segmentWords: [
        ...knowledge.scope.outside.relations.flatMap((relation) => relation.forms),
        ...knowledge.scope.outside.entities.flatMap((entity) => entity.forms),
      ],
    },
  );
  const index = new Bm25Index<Passage>();
  const sentenceConcepts: Set<string>[] = [];
  const features = (texts: readonly (string | undefined)[], weight = 1) =>
    texts
      .filter((text): text is string => Boolean(text))
      .map((text) => countFeatures(passageTerms(tokensOf(text), lexicon), weight));

  for (const section of article.sections) {
    const heading = section.heading
      ? features([section.heading, translations.get(section.heading)], HEADING_WEIGHT)
      : [];
    for (const sentence of section.sentences) {
      const merged = merge([
        ...features([sentence.text, translations.get(sentence.text)]),
        ...heading,
      ]);
      index.add({ kind: "sentence", sentence, section }, merged);
      const concepts = new Set<string>();
      merged.forEach((_, feature) => {
        if (feature.startsWith("c:")) concepts.add(feature.slice(2));
      });
      sentenceConcepts[sentence.index] = concepts;
    }
  }
  for (const fact of facts) {
    index.add(
      { kind: "fact", fact },
      merge([
        ...features([fact.statement.ko, fact.statement.en, fact.keywords.join(" , ")]),
        ...features([fact.label.ko, fact.label.en], LABEL_WEIGHT),
      ]),
    );
  }

  return {
    knowledge,
    lexicon,
    analyze: rememberRecent(RECENT_QUESTIONS, (question) =>
      analyze(question, lexicon, { mode: "question" }),
    ),
    search: (analysis) => {
      const entityFeatures = entityFeaturesOf(analysis);
      return adjustForQuestion(
        index.search(analysis.features, { report: entityFeatures }),
        analysis,
        entityFeatures,
      );
    },
    idf: (feature) => index.idf(feature),
    maxIdf: index.maxIdf,
    sentenceConcepts,
  };
}

// The index is built once, at start-up, by code that has not been optimised yet: there, each
// step of a for…of loop allocates, so the loops over every passage's words use forEach instead.

/** A document's term frequencies: each occurrence of a feature counts `weight`. */
function countFeatures(terms: readonly Term[], weight: number): Map<string, number> {
  const counts = new Map<string, number>();
  terms.forEach((term) => {
    term.features.forEach((feature) => {
      counts.set(feature, (counts.get(feature) ?? 0) + weight);
    });
  });
  return counts;
}

function merge(maps: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  maps.forEach((map) => {
    map.forEach((value, feature) => {
      merged.set(feature, (merged.get(feature) ?? 0) + value);
    });
  });
  return merged;
}

/** The features of the entities a question names, each once, in order. */
function entityFeaturesOf(analysis: Analysis): string[] {
  // A plain loop: this runs for every search.
  const entityFeatures: string[] = [];
  for (const term of analysis.terms) {
    if (!term.entity) continue;
    for (const feature of term.features) {
      if (!entityFeatures.includes(feature)) entityFeatures.push(feature);
    }
  }
  return entityFeatures;
}

/** Ranked by BM25 with `entityFeatures` reported, then re-weighted for what the question asks. */
function adjustForQuestion(
  ranked: Ranked<Passage>[],
  analysis: Analysis,
  entityFeatures: readonly string[],
): Ranked<Passage>[] {
  // Nothing to adjust: the ranking stays as BM25 sorted it.
  if (entityFeatures.length === 0 && !analysis.asksForFigure && !analysis.asksForReason) {
    return ranked;
  }
  const entityIds = entityFeatures.map((feature) => feature.slice(2));
  let changed = false;
  const adjusted = ranked.map((result) => {
    let factor = 1;
    const fact = result.item.kind === "fact" ? result.item.fact : undefined;
    for (let index = 0; index < entityFeatures.length; index++) {
      // A fact's parties count as named in it ("the three companies announced…").
      const id = entityIds[index] as string;
      const party = fact !== undefined && (fact.subject.includes(id) || fact.object.includes(id));
      if (!result.matched.includes(entityFeatures[index] as string) && !party) {
        factor *= MISSING_ENTITY_FACTOR;
      }
    }
    if (fact !== undefined) {
      if (analysis.asksForFigure && fact.figure) factor *= FIGURE_FACT_FACTOR;
      if (analysis.asksForReason) factor *= REASON_FACT_FACTOR;
    }
    if (factor === 1) return result;
    changed = true;
    // The same shape as BM25's results: code reading them sees one kind of object.
    return { item: result.item, score: result.score * factor, matched: result.matched };
  });
  // Nothing changed: BM25's order stands (a stable sort of the same scores would keep it).
  return changed ? adjusted.sort((a, b) => b.score - a.score) : ranked;
}
