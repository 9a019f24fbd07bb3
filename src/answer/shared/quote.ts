/**
 * The one quote renderer every surface uses (the deterministic answer's text, the Sources button,
 * /who-pays-whom, the terminal): the article's words verbatim, their translation for readers of
 * the other language, and the title of the section they stand in, in the reader's language. Each
 * group of quotes is followed by its own section line, so two quotes from two sections never leave
 * the reader guessing which came from where.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Section } from "../../knowledge/segment.ts";
import type { Citation } from "../types.ts";
import { sectionTitleIn, sentencesHolding } from "./article-refs.ts";

/** Consecutive quotes from one section, as the reader sees them. */
export interface QuoteBlock {
  /** Verbatim article text, one entry per quote. */
  readonly quotes: readonly string[];
  /** The quotes in the reader's language, when the article is in the other one. */
  readonly translation?: string;
  /** The section title in the reader's language. */
  readonly section: string;
}

export interface QuoteOptions {
  /** Add the translation for readers of the other language (default true). */
  readonly translate?: boolean;
}

/** Groups citations into blocks (consecutive quotes of one section share a block). */
export function quoteBlocks(
  knowledge: Knowledge,
  citations: readonly Citation[],
  language: Language,
  options: QuoteOptions = {},
): QuoteBlock[] {
  const translate = (options.translate ?? true) && language !== knowledge.article.language;
  const groups: { section: string; quotes: string[] }[] = [];
  for (const citation of citations) {
    const section = sectionTitleOf(knowledge, citation, language);
    const last = groups.at(-1);
    if (last && last.section === section) last.quotes.push(citation.quote);
    else groups.push({ section, quotes: [citation.quote] });
  }
  return groups.map(({ section, quotes }) => {
    const translation = translate
      ? quotes
          .map((quote) => translationOf(knowledge, quote))
          .filter(Boolean)
          .join(" ")
      : "";
    return { quotes, section, ...(translation ? { translation } : {}) };
  });
}

/** How a section line is written: Discord's subtext, or a plain dash for any text. */
export type SectionLineStyle = "subtext" | "plain";

/** A block as lines: "> quote", "> *translation*", then its section line. */
export function quoteBlockLines(block: QuoteBlock, style: SectionLineStyle): string[] {
  const lines = block.quotes.map(quoteLine);
  if (block.translation) lines.push(translationLine(block.translation));
  lines.push(sectionLine(block.section, style));
  return lines;
}

/** A quote as one line of a block (its line breaks folded): "> quote". */
function quoteLine(quote: string): string {
  return `> ${quote.replace(/\s*\n+\s*/g, " ")}`;
}

/** A block's translation line: "> *translation*". */
function translationLine(translation: string): string {
  return `> *${translation}*`;
}

export function sectionLine(title: string, style: SectionLineStyle): string {
  return style === "subtext" ? `-# 「${title}」` : `— 「${title}」`;
}

/** Every block's lines, blocks one after another. */
export function quotesAsLines(
  knowledge: Knowledge,
  citations: readonly Citation[],
  language: Language,
  style: SectionLineStyle,
  options: QuoteOptions = {},
): string[] {
  return quoteBlocks(knowledge, citations, language, options).flatMap((block) =>
    quoteBlockLines(block, style),
  );
}

/**
 * quotesAsLines joined by line breaks, written as one string as it goes: the deterministic
 * answer's text has its quotes this way, and each answer's lines, blocks and their array copies
 * (then the joined copy) were a good part of what an answer allocated.
 */
export function quotesAsText(
  knowledge: Knowledge,
  citations: readonly Citation[],
  language: Language,
  style: SectionLineStyle,
  options: QuoteOptions = {},
): string {
  const translate = (options.translate ?? true) && language !== knowledge.article.language;
  let text = "";
  let at = 0;
  let section =
    at < citations.length ? sectionTitleOf(knowledge, citations[at] as Citation, language) : "";
  while (at < citations.length) {
    // A block: the citations from `at` on in the same section.
    const blockSection = section;
    let translation = "";
    do {
      const quote = (citations[at] as Citation).quote;
      text += `${text === "" ? "" : "\n"}${quoteLine(quote)}`;
      if (translate) {
        const translated = translationOf(knowledge, quote);
        if (translated) translation += translation === "" ? translated : ` ${translated}`;
      }
      at++;
      section =
        at < citations.length ? sectionTitleOf(knowledge, citations[at] as Citation, language) : "";
    } while (at < citations.length && section === blockSection);
    if (translation !== "") text += `\n${translationLine(translation)}`;
    text += `\n${sectionLine(blockSection, style)}`;
  }
  return text;
}

/**
 * The title of the section a citation stands in, in the reader's language: found through the
 * quote's place in the article (so the lead section gets the manifest's name in that language),
 * else through the title the citation carries.
 */
export function sectionTitleOf(
  knowledge: Knowledge,
  citation: Citation,
  language: Language,
): string {
  const section =
    sentencesHolding(knowledge, citation.quote)[0]?.section ?? sectionNamed(knowledge, citation);
  return section ? sectionTitleIn(knowledge, section, language) : citation.section;
}

function sectionNamed(knowledge: Knowledge, citation: Citation): Section | undefined {
  const lead = knowledge.manifest.article.leadSection[knowledge.article.language];
  return knowledge.article.sections.find((section) =>
    section.heading === undefined
      ? citation.section === lead
      : section.heading === citation.section,
  );
}

/** A quote's translation: the whole sentence's, or those of every sentence it spans. */
function translationOf(knowledge: Knowledge, quote: string): string | undefined {
  const whole = knowledge.translations.get(quote);
  if (whole) return whole;
  const parts = sentencesHolding(knowledge, quote)
    .map(({ sentence }) => knowledge.translations.get(sentence.text))
    .filter((text): text is string => Boolean(text));
  return parts.length > 0 ? parts.join(" ") : undefined;
}
