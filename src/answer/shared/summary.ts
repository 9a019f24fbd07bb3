/**
 * The story at a glance, built from the fact sheet's key facts: the figures, a short summary and
 * the fact checks. Used by /deal and by the terminal chat; nothing here names the story itself.
 */

import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { AnswerMode, SourceLink } from "../types.ts";

export interface SummaryItem {
  readonly label: string;
  /** The figure written out ("up to $5 billion"), when the fact has one. */
  readonly figure?: string;
  readonly statement: string;
}

export interface Summary {
  readonly title: string;
  readonly items: readonly SummaryItem[];
  readonly factChecks: readonly SummaryItem[];
  /** A few sentences that tell the story without the figures table. */
  readonly text: string;
  /** Who wrote `text`: Claude, or the deterministic summary of the fact sheet's claims. */
  readonly textMode: AnswerMode;
  readonly sources: readonly SourceLink[];
}

export function summarize(knowledge: Knowledge, language: Language): Summary {
  const key = knowledge.facts.filter((fact) => fact.key);
  const item = (fact: Fact): SummaryItem => ({
    label: fact.label[language],
    ...(fact.figure ? { figure: formatFigure(fact.figure, language) } : {}),
    statement: fact.statement[language],
  });
  const items = key.filter((fact) => fact.kind !== "correction").map(item);
  const factChecks = key.filter((fact) => fact.kind === "correction").map(item);
  const claims = key.filter((fact) => fact.kind === "claim");
  const sourceIds = new Set(key.flatMap((fact) => fact.sources));
  return {
    title: knowledge.manifest.summaryTitle[language],
    items,
    factChecks,
    text: claims.map((fact) => fact.statement[language]).join(" "),
    textMode: "fallback",
    sources: knowledge.manifest.sources
      .filter((source) => sourceIds.has(source.id))
      .map(({ title, url }) => ({ title, url })),
  };
}

/** The summary as plain text (terminal, or a Discord message without embeds). */
export function summaryAsText(summary: Summary, factCheckLabel: string): string {
  const lines = [
    summary.title,
    "",
    ...summary.items.map(
      (item) => `• ${item.label}: ${item.figure ? `${item.figure} — ` : ""}${item.statement}`,
    ),
  ];
  if (summary.factChecks.length > 0) {
    lines.push("", ...summary.factChecks.map((item) => `${factCheckLabel} ${item.statement}`));
  }
  if (summary.sources.length > 0) {
    lines.push("", ...summary.sources.map((source) => `${source.title}: ${source.url}`));
  }
  return lines.join("\n");
}
