/** Finding article sentences and naming their sections, in the article's language or another. */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Section, Sentence } from "../../knowledge/segment.ts";
import type { Citation } from "../types.ts";

export interface QuotedSentence {
  readonly sentence: Sentence;
  readonly section: Section;
}

/** The sentences a verbatim quote lies in (usually one). */
export function sentencesHolding(knowledge: Knowledge, quote: string): readonly QuotedSentence[] {
  const byQuote = sentencesByQuote(knowledge);
  let holding = byQuote.get(quote);
  if (!holding) {
    holding = Object.freeze(findSentencesHolding(knowledge, quote));
    if (byQuote.size < MAX_CACHED_QUOTES) byQuote.set(quote, holding);
  }
  return holding;
}

/**
 * Every answer looks up the quotes of its facts and citations, which are nearly always the same
 * few sentences and fact quotes: each is searched for once per knowledge folder. Quotes from
 * elsewhere (Claude's citations) are cached too, up to a bound.
 */
const sentencesByQuote = oncePerKnowledge(() => new Map<string, readonly QuotedSentence[]>());
const MAX_CACHED_QUOTES = 2_000;

function findSentencesHolding(knowledge: Knowledge, quote: string): QuotedSentence[] {
  const start = knowledge.article.text.indexOf(quote);
  if (start === -1) return [];
  const end = start + quote.length;
  return knowledge.article.sections.flatMap((section) =>
    section.sentences
      .filter((sentence) => sentence.start < end && sentence.end > start)
      .map((sentence) => ({ sentence, section })),
  );
}

/** A section's title as written in the article (the lead section has the manifest's name). */
export function sectionTitle(knowledge: Knowledge, section: Section): string {
  return section.heading ?? knowledge.manifest.article.leadSection[knowledge.article.language];
}

/** A section's title in the given language (through the translations). */
export function sectionTitleIn(knowledge: Knowledge, section: Section, language: Language): string {
  if (!section.heading) return knowledge.manifest.article.leadSection[language];
  if (language === knowledge.article.language) return section.heading;
  return knowledge.translations.get(section.heading) ?? section.heading;
}

export function citationOf(knowledge: Knowledge, { sentence, section }: QuotedSentence): Citation {
  return { quote: sentence.text, section: sectionTitle(knowledge, section) };
}
