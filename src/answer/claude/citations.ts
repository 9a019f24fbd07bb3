/**
 * Turns Claude's char_location citations into what the Answer carries: a citation into the article
 * becomes a verbatim quote with its section title; a citation into the fact sheet becomes the
 * sources of the facts it cites. A citation whose text cannot be found in the article is dropped,
 * so every quote shown is the article's own words.
 */
import type { ContentBlock } from "@anthropic-ai/sdk/resources/messages";
import type { Knowledge } from "../../knowledge/load.ts";
import { foldSpace } from "../../knowledge/load.ts";
import { sectionTitle } from "../shared/article-refs.ts";
import type { Citation, SourceLink } from "../types.ts";
import {
  ARTICLE_DOCUMENT_INDEX,
  type ClaudeDocuments,
  FACT_SHEET_DOCUMENT_INDEX,
} from "./documents.ts";

export interface MappedCitations {
  readonly citations: Citation[];
  readonly sources: SourceLink[];
  /** How many char_location citations Claude gave, mapped or not (none means: not covered). */
  readonly cited: number;
  /** Citations into the fact sheet. */
  readonly factSheetCited: number;
  /** Citations into the article whose text is not in the article (dropped). */
  readonly unverifiable: number;
}

export function mapCitations(
  content: readonly ContentBlock[],
  knowledge: Knowledge,
  documents: ClaudeDocuments,
): MappedCitations {
  const citations: Citation[] = [];
  const sourceIds: string[] = [];
  let cited = 0;
  let factSheetCited = 0;
  let unverifiable = 0;
  for (const block of content) {
    if (block.type !== "text") continue;
    for (const citation of block.citations ?? []) {
      if (citation.type !== "char_location") continue;
      cited++;
      const { document_index, start_char_index, end_char_index, cited_text } = citation;
      if (document_index === ARTICLE_DOCUMENT_INDEX) {
        const quoted = articleCitation(knowledge, start_char_index, end_char_index, cited_text);
        if (!quoted) unverifiable++;
        else if (!citations.some((known) => known.quote === quoted.quote)) citations.push(quoted);
      } else if (document_index === FACT_SHEET_DOCUMENT_INDEX) {
        factSheetCited++;
        for (const entry of documents.factSheet.entries) {
          if (entry.start < end_char_index && entry.end > start_char_index) {
            sourceIds.push(...entry.sourceIds);
          }
        }
      }
    }
  }
  const wanted = new Set(sourceIds);
  const sources = knowledge.manifest.sources
    .filter((source) => wanted.has(source.id))
    .map(({ title, url }) => ({ title, url }));
  return { citations, sources, cited, factSheetCited, unverifiable };
}

/** The cited range as verbatim article text, or, if the offsets are off, the cited text found. */
function articleCitation(
  knowledge: Knowledge,
  start: number,
  end: number,
  citedText: string,
): Citation | undefined {
  const { text } = knowledge.article;
  let range: { start: number; end: number } | undefined;
  if (start >= 0 && end <= text.length && start < end) {
    if (foldSpace(text.slice(start, end)) === foldSpace(citedText)) range = { start, end };
  }
  if (!range) {
    const wanted = citedText.trim();
    const at = wanted === "" ? -1 : text.indexOf(wanted);
    if (at !== -1) range = { start: at, end: at + wanted.length };
  }
  if (!range) return undefined;
  const raw = text.slice(range.start, range.end);
  const quote = raw.trim();
  if (quote === "") return undefined;
  const quoteStart = range.start + (raw.length - raw.trimStart().length);
  const sentence =
    knowledge.article.sentences.find((candidate) => candidate.end > quoteStart) ??
    knowledge.article.sentences.at(-1);
  const section = sentence ? knowledge.article.sections[sentence.sectionIndex] : undefined;
  if (!section) return undefined;
  return { quote, section: sectionTitle(knowledge, section) };
}
