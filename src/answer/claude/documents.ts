/**
 * The two documents Claude reads: the article, verbatim, and a fact sheet written out from the
 * knowledge folder's facts.json and manifest (statements in both languages, figures, what each
 * correction corrects, and the sources). Each fact and source keeps its character range in the
 * fact sheet, so that a citation into the fact sheet leads back to the facts it cites.
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

/** A stretch of the fact sheet that belongs to one fact or one source. */
export interface FactSheetEntry {
  readonly start: number;
  readonly end: number;
  /** The manifest source ids this stretch rests on. */
  readonly sourceIds: readonly string[];
}

export interface ClaudeDocuments {
  readonly article: { readonly title: string; readonly text: string };
  readonly factSheet: {
    readonly title: string;
    readonly text: string;
    readonly entries: readonly FactSheetEntry[];
  };
}

/** Index of each document in the request, as citations report it (document_index). */
export const ARTICLE_DOCUMENT_INDEX = 0;
export const FACT_SHEET_DOCUMENT_INDEX = 1;

export function buildClaudeDocuments(knowledge: Knowledge): ClaudeDocuments {
  const { manifest } = knowledge;
  return {
    article: {
      title: `${manifest.article.title.en} / ${manifest.article.title.ko}`,
      text: knowledge.article.text,
    },
    factSheet: {
      title: `Fact sheet: ${manifest.summaryTitle.en} / ${manifest.summaryTitle.ko}`,
      ...writeFactSheet(knowledge),
    },
  };
}

function writeFactSheet(knowledge: Knowledge): { text: string; entries: FactSheetEntry[] } {
  const { manifest } = knowledge;
  const entries: FactSheetEntry[] = [];
  let text = "";
  const append = (block: string, sourceIds?: readonly string[]) => {
    const start = text.length;
    text += `${block}\n\n`;
    if (sourceIds) entries.push({ start, end: start + block.length, sourceIds });
  };

  append(
    [
      `Checked facts about ${manifest.topic.en} (${manifest.topic.ko}).`,
      "Where a fact below differs from the article, the fact is right and the article is wrong.",
    ].join("\n"),
  );
  for (const fact of knowledge.facts) append(describeFact(fact), fact.sources);
  if (manifest.sources.length > 0) {
    append("Sources:");
    for (const source of manifest.sources) {
      append(`[${source.id}] ${source.title}: ${source.url}`, [source.id]);
    }
  }
  return { text: text.trimEnd(), entries };
}

function describeFact(fact: Fact): string {
  const kind = fact.kind === "correction" ? "Correction of the article" : "Fact";
  const lines = [`${kind}: ${fact.label.en} (${fact.label.ko})`];
  if (fact.figure) {
    lines.push(`Figure: ${formatFigure(fact.figure, "en")} (${formatFigure(fact.figure, "ko")})`);
  }
  lines.push(fact.statement.en, fact.statement.ko);
  if (fact.kind === "correction" && fact.quote) {
    lines.push(`The article's words this corrects: “${fact.quote}”`);
  }
  if (fact.sources.length > 0) lines.push(`Sources: ${fact.sources.join(", ")}`);
  return lines.join("\n");
}
