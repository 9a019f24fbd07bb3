/**
 * The deterministic answerer: finds the best fact and the best one or two article sentences,
 * states the fact in the question's language, quotes the article verbatim with its section, and
 * adds the fact sheet's correction where the quoted text is wrong. It abstains when the question
 * is not about the knowledge. Same input, same answer, in well under a millisecond.
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Fact, Language } from "../knowledge/schema.ts";
import type { Section, Sentence } from "../knowledge/segment.ts";
import type { Analysis } from "../search/analyze.ts";
import type { Ranked } from "../search/bm25.ts";
import type { KnowledgeIndex, Passage } from "../search/knowledge-index.ts";
import { judgeRelevance } from "../search/relevance.ts";
import { type AbstainReason, abstainMessage, phrases } from "./phrases.ts";
import { type Answer, type Citation, MAX_ANSWER_LENGTH, type SourceLink } from "./types.ts";

/** A fact leads the answer when it scores at least this share of the best sentence. */
const FACT_LEAD_RATIO = 0.75;
/** A second sentence is quoted when it scores at least this share of the first. */
const SECOND_SENTENCE_RATIO = 0.8;
/** Facts with a figure count this much more when the question asks for a number. */
const FIGURE_BOOST = 1.3;

interface QuotedSentence {
  readonly sentence: Sentence;
  readonly section: Section;
}

export function answerFromKnowledge(
  index: KnowledgeIndex,
  question: string,
  options: { language?: Language } = {},
): Answer {
  const analysis = index.analyze(question);
  const language = options.language ?? analysis.language;
  const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
  if (!verdict.onTopic) {
    return abstain(
      index.knowledge,
      language,
      verdict.reason === "empty" ? "empty" : verdict.reason === "advice" ? "advice" : "off-topic",
    );
  }

  const ranked = rerank(index.search(analysis), analysis);
  const bestSentence = ranked.find((result) => result.item.kind === "sentence");
  const bestFact = ranked.find((result) => result.item.kind === "fact");
  if (!bestSentence && !bestFact) return abstain(index.knowledge, language, "off-topic");

  const leadFact =
    bestFact &&
    bestFact.item.kind === "fact" &&
    bestFact.score >= FACT_LEAD_RATIO * (bestSentence?.score ?? 0)
      ? bestFact.item.fact
      : undefined;
  const quoted = chooseSentences(index.knowledge, ranked, leadFact);
  return compose(index.knowledge, language, leadFact, quoted);
}

/** Figure questions prefer facts with figures; everything else keeps its BM25 order. */
function rerank(ranked: Ranked<Passage>[], analysis: Analysis): Ranked<Passage>[] {
  if (!analysis.asksForFigure) return ranked;
  return ranked
    .map((result) =>
      result.item.kind === "fact" && result.item.fact.figure
        ? { ...result, score: result.score * FIGURE_BOOST }
        : result,
    )
    .sort((a, b) => b.score - a.score);
}

function chooseSentences(
  knowledge: Knowledge,
  ranked: readonly Ranked<Passage>[],
  leadFact: Fact | undefined,
): QuotedSentence[] {
  const sentences = ranked.flatMap((result) =>
    result.item.kind === "sentence" ? [{ ...result.item, score: result.score }] : [],
  );
  if (leadFact?.quote !== undefined) {
    const holding = sentencesHolding(knowledge, leadFact.quote);
    if (holding.length > 0) return holding;
  }
  const [first, second] = sentences;
  if (!first) return [];
  const chosen: QuotedSentence[] = [first];
  // A fact stated from outside the article gets one supporting sentence; a plain article answer
  // may take a second one when it is nearly as good.
  if (!leadFact && second && second.score >= SECOND_SENTENCE_RATIO * first.score)
    chosen.push(second);
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index);
}

/** The sentences a verbatim quote lies in (usually one). */
export function sentencesHolding(knowledge: Knowledge, quote: string): QuotedSentence[] {
  const start = knowledge.article.text.indexOf(quote);
  if (start === -1) return [];
  const end = start + quote.length;
  return knowledge.article.sections.flatMap((section) =>
    section.sentences
      .filter((sentence) => sentence.start < end && sentence.end > start)
      .map((sentence) => ({ sentence, section })),
  );
}

export function sectionTitle(knowledge: Knowledge, section: Section): string {
  return section.heading ?? knowledge.manifest.article.leadSection[knowledge.article.language];
}

function sectionTitleIn(knowledge: Knowledge, section: Section, language: Language): string {
  if (!section.heading) return knowledge.manifest.article.leadSection[language];
  if (language === knowledge.article.language) return section.heading;
  return knowledge.translations.get(section.heading) ?? section.heading;
}

function compose(
  knowledge: Knowledge,
  language: Language,
  leadFact: Fact | undefined,
  quoted: readonly QuotedSentence[],
): Answer {
  const words = phrases[language];
  const translate = language !== knowledge.article.language;
  const corrections = correctionsFor(knowledge, quoted, leadFact);

  const lead = leadFact
    ? leadFact.statement[language]
    : translate
      ? `${words.articleSays} ${quoted
          .map(({ sentence }) => knowledge.translations.get(sentence.text) ?? "")
          .join(" ")
          .trim()}`
      : words.articleSays;

  const quoteBlock = (withTranslation: boolean, sentences: readonly QuotedSentence[]) => {
    const lines = sentences.map(({ sentence }) => `> ${sentence.text}`);
    if (withTranslation) {
      const translation = sentences
        .map(({ sentence }) => knowledge.translations.get(sentence.text))
        .filter(Boolean)
        .join(" ");
      if (translation) lines.push(`> *${translation}*`);
    }
    const first = sentences[0];
    if (first) {
      const original = sectionTitle(knowledge, first.section);
      const translated = translate ? sectionTitleIn(knowledge, first.section, language) : undefined;
      lines.push(
        language === "en"
          ? phrases.en.section(original, translated !== original ? translated : undefined)
          : phrases.ko.section(original),
      );
    }
    return lines.join("\n");
  };
  const factCheck = (facts: readonly Fact[]) =>
    facts.map((fact) => `${words.factCheck} ${fact.statement[language]}`).join("\n");

  // Longest first; each later variant drops something less important, until the text fits.
  const showTranslationUnderQuote = translate && leadFact !== undefined;
  const variants = [
    [lead, quoteBlock(showTranslationUnderQuote, quoted), factCheck(corrections)],
    [lead, quoteBlock(false, quoted), factCheck(corrections)],
    [lead, quoteBlock(false, quoted.slice(0, 1)), factCheck(corrections.slice(0, 1))],
    [lead, quoteBlock(false, quoted.slice(0, 1))],
  ].map((parts) => parts.filter(Boolean).join("\n\n"));
  const text =
    variants.find((variant) => variant.length <= MAX_ANSWER_LENGTH) ??
    truncate(variants.at(-1) ?? lead);
  const keptSentences = text === variants[2] || text === variants[3] ? quoted.slice(0, 1) : quoted;

  const citations: Citation[] = keptSentences.map(({ sentence, section }) => ({
    quote: sentence.text,
    section: sectionTitle(knowledge, section),
  }));
  return {
    mode: "fallback",
    language,
    abstained: false,
    text,
    citations,
    sources: sourcesOf(knowledge, [...(leadFact ? [leadFact] : []), ...corrections]),
  };
}

/** Corrections whose quoted text lies in the quoted sentences (at most two, never the lead). */
function correctionsFor(
  knowledge: Knowledge,
  quoted: readonly QuotedSentence[],
  leadFact: Fact | undefined,
): Fact[] {
  return knowledge.facts
    .filter(
      (fact) => fact.kind === "correction" && fact.id !== leadFact?.id && fact.quote !== undefined,
    )
    .filter((fact) => quoted.some(({ sentence }) => sentence.text.includes(fact.quote as string)))
    .slice(0, 2);
}

function sourcesOf(knowledge: Knowledge, facts: readonly Fact[]): SourceLink[] {
  const ids = [...new Set(facts.flatMap((fact) => fact.sources))];
  return ids.flatMap((id) => {
    const source = knowledge.manifest.sources.find((candidate) => candidate.id === id);
    return source ? [{ title: source.title, url: source.url }] : [];
  });
}

export function abstain(knowledge: Knowledge, language: Language, reason: AbstainReason): Answer {
  return {
    mode: "fallback",
    language,
    abstained: true,
    text: abstainMessage(knowledge.manifest, language, reason),
    citations: [],
    sources: [],
  };
}

function truncate(text: string): string {
  return text.length <= MAX_ANSWER_LENGTH ? text : `${text.slice(0, MAX_ANSWER_LENGTH - 1)}…`;
}
