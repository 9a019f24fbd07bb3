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
import { quotesAsLines, quotesAsText } from "../shared/quote.ts";
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

  // With no fact to state, the article speaks: in translation for readers of the other language.
  const lead =
    head !== undefined
      ? head
      : leads.length > 0
        ? leads.map((fact) => fact.statement[language]).join(" ")
        : translate
          ? `${words.articleSays} ${translationOf(knowledge, quoted)}`.trim()
          : words.articleSays;

  // Longest first; each later variant drops something less important, until the text fits.
  // Each is written only when the one before is too long: most answers fit the first. (Written
  // in a loop over the variants' numbers, not as a list of functions made for every answer.)
  const translateQuote = translate && leads.length > 0;
  let chosen: { sentences: readonly QuotedSentence[]; text: string } | undefined;
  let last = lead;
  for (let variant = 0; variant < VARIANTS; variant++) {
    const sentences = variant < 2 ? quoted : quoted.slice(0, 1);
    const quote = quoteBlock(knowledge, language, sentences, variant === 0 && translateQuote);
    const checks =
      variant < 2
        ? factChecks(words.factCheck, language, corrections)
        : variant === 2
          ? factChecks(words.factCheck, language, corrections.slice(0, 1))
          : "";
    last = joinNonEmpty(lead, quote, checks);
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

/**
 * How many ways an answer is written, longest first: the lead, the quotes (translated for a
 * reader of the other language when facts lead) and the fact checks; the same untranslated; the
 * first quote and the first fact check; the first quote alone.
 */
const VARIANTS = 4;

/** The quoted sentences' translations, in order, those there are. */
function translationOf(knowledge: Knowledge, sentences: readonly QuotedSentence[]): string {
  return sentences
    .map(({ sentence }) => knowledge.translations.get(sentence.text))
    .filter(Boolean)
    .join(" ");
}

function quoteBlock(
  knowledge: Knowledge,
  language: Language,
  sentences: readonly QuotedSentence[],
  withTranslation: boolean,
): string {
  return quotesAsText(
    knowledge,
    sentences.map((quoted) => citationOf(knowledge, quoted)),
    language,
    "plain",
    { translate: withTranslation },
  );
}

function factChecks(label: string, language: Language, facts: readonly Fact[]): string {
  let checks = "";
  for (let at = 0; at < facts.length; at++) {
    checks += `${at === 0 ? "" : "\n"}${label} ${(facts[at] as Fact).statement[language]}`;
  }
  return checks;
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
  // Loops, not filters: a test made for each correction of each answer.
  const found: Fact[] = [];
  const corrections = correctionFactsOf(knowledge);
  for (let at = 0; at < corrections.length && found.length < MAX_FACT_CHECKS; at++) {
    const fact = corrections[at] as Fact;
    if (leads.includes(fact)) continue;
    const quote = fact.quote as string;
    for (let one = 0; one < quoted.length; one++) {
      if ((quoted[one] as QuotedSentence).sentence.text.includes(quote)) {
        found.push(fact);
        break;
      }
    }
  }
  return found;
}

/** The corrections that quote the article, in the facts' order: found once per knowledge. */
export const correctionFactsOf = oncePerKnowledge((knowledge): readonly Fact[] =>
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

/**
 * The non-empty texts joined by blank lines, as [lead, quote, checks].filter(Boolean).join("\n\n")
 * gives, but added one to the next: no array of the parts or filtered copy of it, and no flat copy
 * of the whole made here (the answer's text is one copy, made where it is first read).
 */
function joinNonEmpty(lead: string, quote: string, checks: string): string {
  let joined = lead;
  if (quote !== "") joined = joined === "" ? quote : `${joined}\n\n${quote}`;
  if (checks !== "") joined = joined === "" ? checks : `${joined}\n\n${checks}`;
  return joined;
}

export function truncate(text: string): string {
  return text.length <= MAX_ANSWER_LENGTH ? text : `${text.slice(0, MAX_ANSWER_LENGTH - 1)}…`;
}
