/**
 * Writes the deterministic answer: the facts in the reader's language, the article quoted
 * verbatim with its section (and a translation for readers of the other language), and the fact
 * checks for what the quote gets wrong. Drops the least important parts until it fits the limit.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import { citationOf, type QuotedSentence, sentencesHolding } from "../shared/article-refs.ts";
import { type AbstainReason, abstainMessage, phrases } from "../shared/phrases.ts";
import { quotesAsLines } from "../shared/quote.ts";
import { summarize } from "../shared/summary.ts";
import { type Answer, MAX_ANSWER_LENGTH, type SourceLink } from "../types.ts";

/** At most this many fact checks under one answer. */
const MAX_FACT_CHECKS = 2;

export function composeAnswer(
  knowledge: Knowledge,
  language: Language,
  leads: readonly Fact[],
  quoted: readonly QuotedSentence[],
  /** The answer's opening, in place of the facts' statements (a yes or no, both directions). */
  head?: string,
): Answer {
  const words = phrases[language];
  const translate = language !== knowledge.article.language;
  const corrections = correctionsFor(knowledge, quoted, leads);
  const translationOf = (sentences: readonly QuotedSentence[]) =>
    sentences
      .map(({ sentence }) => knowledge.translations.get(sentence.text))
      .filter(Boolean)
      .join(" ");

  // With no fact to state, the article speaks: in translation for readers of the other language.
  const lead =
    head !== undefined
      ? head
      : leads.length > 0
        ? leads.map((fact) => fact.statement[language]).join(" ")
        : translate
          ? `${words.articleSays} ${translationOf(quoted)}`.trim()
          : words.articleSays;

  const quoteBlock = (sentences: readonly QuotedSentence[], withTranslation: boolean) =>
    quotesAsLines(
      knowledge,
      sentences.map((quoted) => citationOf(knowledge, quoted)),
      language,
      "plain",
      { translate: withTranslation },
    ).join("\n");
  const factChecks = (facts: readonly Fact[]) =>
    facts.map((fact) => `${words.factCheck} ${fact.statement[language]}`).join("\n");

  // Longest first; each later variant drops something less important, until the text fits.
  // Each is written only when the one before is too long: most answers fit the first.
  const translateQuote = translate && leads.length > 0;
  const variants: (() => { sentences: readonly QuotedSentence[]; parts: string[] })[] = [
    () => ({
      sentences: quoted,
      parts: [lead, quoteBlock(quoted, translateQuote), factChecks(corrections)],
    }),
    () => ({
      sentences: quoted,
      parts: [lead, quoteBlock(quoted, false), factChecks(corrections)],
    }),
    () => ({
      sentences: quoted.slice(0, 1),
      parts: [lead, quoteBlock(quoted.slice(0, 1), false), factChecks(corrections.slice(0, 1))],
    }),
    () => ({ sentences: quoted.slice(0, 1), parts: [lead, quoteBlock(quoted.slice(0, 1), false)] }),
  ];
  let chosen: { sentences: readonly QuotedSentence[]; text: string } | undefined;
  let last = lead;
  for (const variant of variants) {
    const { sentences, parts } = variant();
    last = parts.filter(Boolean).join("\n\n");
    if (last.length <= MAX_ANSWER_LENGTH) {
      chosen = { sentences, text: last };
      break;
    }
  }
  chosen ??= { sentences: quoted.slice(0, 1), text: truncate(last) };

  return {
    mode: "fallback",
    language,
    abstained: false,
    text: chosen.text,
    citations: chosen.sentences.map((quote) => citationOf(knowledge, quote)),
    sources: sourcesOf(knowledge, [...leads, ...corrections]),
  };
}

/** The whole story in brief: the key figures, one fact check, the article's key sentence. */
export function composeSummaryAnswer(knowledge: Knowledge, language: Language): Answer {
  const summary = summarize(knowledge, language);
  const words = phrases[language];
  const keyQuote = knowledge.facts
    .filter((fact) => fact.key && fact.kind !== "correction" && fact.quote)
    .flatMap((fact) => sentencesHolding(knowledge, fact.quote as string))[0];
  const bullets = summary.items.map((item) => `• ${item.label}: ${item.figure ?? item.statement}`);
  const check = summary.factChecks[0]
    ? `${words.factCheck} ${summary.factChecks[0].statement}`
    : "";
  const quote = keyQuote
    ? quotesAsLines(knowledge, [citationOf(knowledge, keyQuote)], language, "plain", {
        translate: false,
      }).join("\n")
    : "";
  let text = "";
  for (let count = bullets.length; count >= 1; count--) {
    text = [summary.title, bullets.slice(0, count).join("\n"), check, quote]
      .filter(Boolean)
      .join("\n\n");
    if (text.length <= MAX_ANSWER_LENGTH) break;
  }
  return {
    mode: "fallback",
    language,
    abstained: false,
    text: truncate(text),
    citations: keyQuote ? [citationOf(knowledge, keyQuote)] : [],
    sources: summary.sources,
  };
}

export function abstainAnswer(
  knowledge: Knowledge,
  language: Language,
  reason: AbstainReason,
  lead?: string,
): Answer {
  return {
    mode: "fallback",
    language,
    abstained: true,
    text: abstainMessage(knowledge.manifest, language, reason, lead),
    citations: [],
    sources: [],
  };
}

/** Corrections whose quoted text lies in the quoted sentences (a few, never a lead fact). */
function correctionsFor(
  knowledge: Knowledge,
  quoted: readonly QuotedSentence[],
  leads: readonly Fact[],
): Fact[] {
  return correctionFactsOf(knowledge)
    .filter((fact) => !leads.includes(fact))
    .filter((fact) => quoted.some(({ sentence }) => sentence.text.includes(fact.quote as string)))
    .slice(0, MAX_FACT_CHECKS);
}

/** The corrections that quote the article, in the facts' order: found once per knowledge. */
const correctionFactsOf = oncePerKnowledge((knowledge): readonly Fact[] =>
  knowledge.facts.filter((fact) => fact.kind === "correction" && fact.quote !== undefined),
);

/** The manifest's sources by id: looked up for every answer's facts, filed once per knowledge. */
const sourcesById = oncePerKnowledge((knowledge) => {
  const byId = new Map<string, Knowledge["manifest"]["sources"][number]>();
  for (const source of knowledge.manifest.sources)
    if (!byId.has(source.id)) byId.set(source.id, source);
  return byId;
});

export function sourcesOf(knowledge: Knowledge, facts: readonly Fact[]): SourceLink[] {
  const byId = sourcesById(knowledge);
  // Each id once, in the order the facts first give it (plain loops: this runs for every answer).
  const seen: string[] = [];
  const links: SourceLink[] = [];
  for (let at = 0; at < facts.length; at++) {
    const ids = (facts[at] as Fact).sources;
    for (let each = 0; each < ids.length; each++) {
      const id = ids[each] as string;
      if (seen.includes(id)) continue;
      seen.push(id);
      const source = byId.get(id);
      if (source) links.push({ title: source.title, url: source.url });
    }
  }
  return links;
}

export function truncate(text: string): string {
  return text.length <= MAX_ANSWER_LENGTH ? text : `${text.slice(0, MAX_ANSWER_LENGTH - 1)}…`;
}
