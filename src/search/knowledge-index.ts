/**
 * The searchable form of a knowledge folder: every article sentence (with its translation and its
 * section heading) and every fact (both statements, label and keywords) in one BM25 index, plus
 * the lexicon the analyser needs. Built once at start-up, or read back from what an earlier start
 * built from the same knowledge with the same code (index-cache.ts).
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Fact } from "../knowledge/schema.ts";
import type { Section, Sentence } from "../knowledge/segment.ts";
import { type Analysis, analyze, passageTerms, type Term } from "./analyze.ts";
import { Bm25Index, type Ranked, rescored, sortByScore } from "./bm25.ts";
import {
  defaultIndexCacheFile,
  type IndexCache,
  type IndexSnapshot,
  openIndexCache,
} from "./index-cache.ts";
import { buildLexicon, type Lexicon, type TopicWords } from "./lexicon.ts";
import { lexiconFromSnapshot, lexiconToSnapshot } from "./lexicon-snapshot.ts";
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

export interface IndexOptions {
  /**
   * File remembering the built index (see index-cache.ts), false for none. Default:
   * node_modules/.cache/deal-bot/knowledge-index.v8 in the project.
   */
  readonly cache?: string | false;
}

export function buildKnowledgeIndex(
  knowledge: Knowledge,
  options: IndexOptions = {},
): KnowledgeIndex {
  const cache = openIndexCache(
    options.cache === false ? undefined : (options.cache ?? defaultIndexCacheFile()),
    knowledge,
  );
  const { lexicon, documents } =
    readBuilt(cache.read(), knowledge) ?? buildAndRemember(knowledge, cache);
  const index = new Bm25Index<Passage>();
  const sentenceConcepts: Set<string>[] = [];
  let doc = 0;
  for (const section of knowledge.article.sections) {
    for (const sentence of section.sentences) {
      const merged = documents[doc++] as Map<string, number>;
      index.add({ kind: "sentence", sentence, section }, merged);
      const concepts = new Set<string>();
      merged.forEach((_, feature) => {
        if (feature.startsWith("c:")) concepts.add(feature.slice(2));
      });
      sentenceConcepts[sentence.index] = concepts;
    }
  }
  for (const fact of knowledge.facts) {
    index.add({ kind: "fact", fact }, documents[doc++] as Map<string, number>);
  }

  return {
    knowledge,
    lexicon,
    // Not remembered here: an answer remembers its own texts' analyses (answer-memo.ts).
    analyze: (question) => analyze(question, lexicon, { mode: "question" }),
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

/** What the index is made of: the lexicon and each passage's features, sentences then facts. */
interface Built {
  readonly lexicon: Lexicon;
  readonly documents: readonly Map<string, number>[];
}

/** What the knowledge adds to the generic word lists. */
function topicWords(knowledge: Knowledge): TopicWords {
  return {
    ...knowledge.manifest.search,
    glossary: knowledge.glossary,
    // What the knowledge does not cover must still be recognised inside unspaced Korean.
    segmentWords: [
      ...knowledge.scope.outside.relations.flatMap((relation) => relation.forms),
      ...knowledge.scope.outside.entities.flatMap((entity) => entity.forms),
    ],
  };
}

/** The index a snapshot remembers, or undefined when it does not fit this knowledge. */
function readBuilt(snapshot: IndexSnapshot | undefined, knowledge: Knowledge): Built | undefined {
  if (!snapshot) return undefined;
  if (snapshot.documents.length !== knowledge.article.sentences.length + knowledge.facts.length) {
    return undefined;
  }
  try {
    const lexicon = lexiconFromSnapshot(
      snapshot.lexicon,
      knowledge.concepts,
      topicWords(knowledge),
    );
    const documents = snapshot.documents.map((flat) => {
      const features = new Map<string, number>();
      for (let at = 0; at + 1 < flat.length; at += 2) {
        features.set(flat[at] as string, flat[at + 1] as number);
      }
      return features;
    });
    return { lexicon, documents };
  } catch {
    // A snapshot that does not fit this knowledge (damaged, or edited by hand): build instead.
    return undefined;
  }
}

/** Builds the lexicon and the passages' features, and remembers them for the next start. */
function buildAndRemember(knowledge: Knowledge, cache: IndexCache): Built {
  const built = build(knowledge);
  let snapshot: IndexSnapshot | undefined;
  try {
    snapshot = {
      lexicon: lexiconToSnapshot(built.lexicon, knowledge.concepts, topicWords(knowledge)),
      documents: built.documents.map((features) => {
        const flat: (string | number)[] = [];
        features.forEach((weight, feature) => {
          flat.push(feature, weight);
        });
        return flat;
      }),
    };
  } catch {
    // A lexicon naming a concept from elsewhere cannot be written down: nothing is remembered.
  }
  if (snapshot) cache.write(snapshot);
  return built;
}

/** Builds the lexicon and each passage's features from the knowledge. */
function build(knowledge: Knowledge): Built {
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
    topicWords(knowledge),
  );
  const documents: Map<string, number>[] = [];
  const features = (texts: readonly (string | undefined)[], weight = 1) =>
    texts
      .filter((text): text is string => Boolean(text))
      .map((text) => countFeatures(passageTerms(tokensOf(text), lexicon), weight));

  for (const section of article.sections) {
    const heading = section.heading
      ? features([section.heading, translations.get(section.heading)], HEADING_WEIGHT)
      : [];
    for (const sentence of section.sentences) {
      documents.push(
        merge([...features([sentence.text, translations.get(sentence.text)]), ...heading]),
      );
    }
  }
  for (const fact of facts) {
    documents.push(
      merge([
        ...features([fact.statement.ko, fact.statement.en, fact.keywords.join(" , ")]),
        ...features([fact.label.ko, fact.label.en], LABEL_WEIGHT),
      ]),
    );
  }
  return { lexicon, documents };
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
  // In place: the ranking is this search's own, fresh from BM25 (no copy of it to sort).
  let changed = false;
  for (let at = 0; at < ranked.length; at++) {
    const result = ranked[at] as Ranked<Passage>;
    let factor = 1;
    const fact = result.item.kind === "fact" ? result.item.fact : undefined;
    for (let index = 0; index < entityFeatures.length; index++) {
      const feature = entityFeatures[index] as string;
      if (result.matched.includes(feature)) continue;
      // A fact's parties count as named in it ("the three companies announced…").
      if (fact !== undefined && namesParty(fact, feature)) continue;
      factor *= MISSING_ENTITY_FACTOR;
    }
    if (fact !== undefined) {
      if (analysis.asksForFigure && fact.figure) factor *= FIGURE_FACT_FACTOR;
      if (analysis.asksForReason) factor *= REASON_FACT_FACTOR;
    }
    if (factor === 1) continue;
    changed = true;
    // The same shape as BM25's results: code reading them sees one kind of object.
    ranked[at] = rescored(result, result.score * factor);
  }
  // Nothing changed: BM25's order stands (a stable sort of the same scores would keep it).
  return changed ? sortByScore(ranked) : ranked;
}

/** Whether a fact has the entity of a feature ("e:nvidia") among its subject or object. */
function namesParty(fact: Fact, feature: string): boolean {
  return hasId(fact.subject, feature) || hasId(fact.object, feature);
}

/** Whether an id is the feature past its two-letter kind ("e:"), compared in place (no slice). */
function hasId(ids: readonly string[], feature: string): boolean {
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at] as string;
    if (id.length === feature.length - 2 && feature.endsWith(id)) return true;
  }
  return false;
}
