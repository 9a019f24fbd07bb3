/**
 * The searchable form of a knowledge folder: every article sentence (with its translation and its
 * section heading) and every fact (both statements, label and keywords) in one BM25 index, plus
 * the lexicon the analyser needs. Built once at start-up.
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Fact } from "../knowledge/schema.ts";
import type { Section, Sentence } from "../knowledge/segment.ts";
import { type Analysis, analyze } from "./analyze.ts";
import { Bm25Index, type Ranked } from "./bm25.ts";
import { buildLexicon, type Lexicon } from "./lexicon.ts";

export type Passage =
  | { readonly kind: "sentence"; readonly sentence: Sentence; readonly section: Section }
  | { readonly kind: "fact"; readonly fact: Fact };

export interface KnowledgeIndex {
  readonly knowledge: Knowledge;
  readonly lexicon: Lexicon;
  /** Analyses a question (typos corrected). */
  analyze(question: string): Analysis;
  search(analysis: Analysis): Ranked<Passage>[];
  /** Inverse document frequency of a feature. */
  idf(feature: string): number;
  /** The highest idf a feature can have here (one document has it). */
  readonly maxIdf: number;
}

/** Headings say what a section is about, but weigh less than the sentence itself. */
const HEADING_WEIGHT = 0.5;
const LABEL_WEIGHT = 0.5;

export function buildKnowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  const { article, facts, translations } = knowledge;
  const headings = article.sections.flatMap((section) =>
    section.heading ? [section.heading, translations.get(section.heading) ?? ""] : [],
  );
  const lexicon = buildLexicon(knowledge.concepts, [
    article.text,
    ...translations.values(),
    ...facts.flatMap((fact) => [
      fact.statement.ko,
      fact.statement.en,
      fact.label.ko,
      fact.label.en,
      ...fact.keywords,
    ]),
    ...headings,
  ]);
  const index = new Bm25Index<Passage>();
  const features = (texts: readonly (string | undefined)[], weight = 1) =>
    texts
      .filter((text): text is string => Boolean(text))
      .map((text) => countFeatures(analyze(text, lexicon), weight));

  for (const section of article.sections) {
    const heading = section.heading
      ? features([section.heading, translations.get(section.heading)], HEADING_WEIGHT)
      : [];
    for (const sentence of section.sentences) {
      index.add(
        { kind: "sentence", sentence, section },
        merge([...features([sentence.text, translations.get(sentence.text)]), ...heading]),
      );
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
    analyze: (question) => analyze(question, lexicon, { correctTypos: true }),
    search: (analysis) => index.search(analysis.features),
    idf: (feature) => index.idf(feature),
    maxIdf: index.maxIdf,
  };
}

/** A document's term frequencies: each occurrence of a feature counts `weight`. */
function countFeatures(analysis: Analysis, weight: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of analysis.terms) {
    for (const feature of term.features) counts.set(feature, (counts.get(feature) ?? 0) + weight);
  }
  return counts;
}

function merge(maps: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const map of maps) {
    for (const [feature, value] of map) merged.set(feature, (merged.get(feature) ?? 0) + value);
  }
  return merged;
}
