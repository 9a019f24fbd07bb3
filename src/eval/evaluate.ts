/**
 * Grades answers against a labelled question set. An answer row passes when the bot answers (does
 * not abstain), stays within the length limit, every expected group has a match in the text or its
 * quotes, and every `lead` group a match in the answer's first sentence (a confirmation says yes or
 * no, with the figure, first); an abstain or near-miss row passes when the bot abstains. Every
 * quote must be verbatim article text.
 */
import { z } from "zod";
import type { Answer } from "../answer/types.ts";
import { MAX_ANSWER_LENGTH } from "../answer/types.ts";
import { foldSpace } from "../knowledge/load.ts";
import { escapeRegExp } from "../util/escape-regexp.ts";

export const evalRowSchema = z.object({
  id: z.string(),
  cat: z.string().default("uncategorised"),
  q: z.string(),
  kind: z.enum(["answer", "abstain", "near"]),
  expect: z.array(z.array(z.string())).default([]),
  forbid: z.array(z.string()).default([]),
  /** Groups that must each match within the answer's first sentence (yes/no first, with the figure). */
  lead: z.array(z.array(z.string())).default([]),
});
export type EvalRow = z.infer<typeof evalRowSchema>;

export interface RowResult {
  readonly row: EvalRow;
  readonly passed: boolean;
  readonly badQuotes: number;
  readonly answer: Answer | undefined;
}

export interface EvalReport {
  readonly results: readonly RowResult[];
  /** Category -> [passed, total]. */
  readonly byCategory: ReadonlyMap<string, readonly [number, number]>;
  /** Kind (answer / abstain / near) -> [passed, total]. */
  readonly byKind: ReadonlyMap<string, readonly [number, number]>;
  readonly accuracy: number;
  readonly badQuotes: number;
}

/** A question set that cannot be read or parsed; the message names the line. */
export class EvalSetError extends Error {}

export function parseRows(jsonl: string): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const [index, line] of jsonl.split("\n").entries()) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new EvalSetError(`line ${index + 1} is not JSON`);
    }
    const row = evalRowSchema.safeParse(value);
    if (!row.success) {
      const issue = row.error.issues[0];
      throw new EvalSetError(
        `line ${index + 1}: ${issue?.path.join(".") || "row"}: ${issue?.message ?? "invalid"}`,
      );
    }
    rows.push(row.data);
  }
  return rows;
}

/** A number must not be the tail of a bigger one ("5" is not in "15"). */
function contains(text: string, alternative: string): boolean {
  const haystack = text.toLowerCase();
  const needle = alternative.toLowerCase();
  if (/^[\d$]/.test(needle)) {
    const escaped = escapeRegExp(needle);
    return new RegExp(`(?<![\\d.,$])${escaped}`).test(haystack);
  }
  return haystack.includes(needle);
}

/**
 * The answer's first sentence: up to the first sentence end (".", "!", "?" before a space) or
 * line break. "4.5" and "$1.5" do not end a sentence.
 */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](?=\s|$)|\n/);
  return end === -1 ? text : text.slice(0, end + 1);
}

export function gradeRow(row: EvalRow, answer: Answer | undefined, articleText: string): RowResult {
  const article = foldSpace(articleText);
  const quotes = answer?.citations.map((citation) => citation.quote) ?? [];
  const badQuotes = quotes.filter(
    (quote) => foldSpace(quote) !== "" && !article.includes(foldSpace(quote)),
  ).length;
  const text = `${answer?.text ?? ""}\n${quotes.join("\n")}`;
  let passed: boolean;
  if (!answer) passed = false;
  else if (row.kind === "answer") {
    passed =
      !answer.abstained &&
      answer.text.length <= MAX_ANSWER_LENGTH &&
      row.expect.every((group) => group.some((alternative) => contains(text, alternative))) &&
      row.lead.every((group) =>
        group.some((alternative) => contains(firstSentence(answer.text), alternative)),
      );
  } else {
    passed =
      answer.abstained &&
      !row.forbid.some((word) => text.toLowerCase().includes(word.toLowerCase()));
  }
  return { row, passed: passed && badQuotes === 0, badQuotes, answer };
}

export function summarizeResults(results: readonly RowResult[]): EvalReport {
  const tally = (key: (result: RowResult) => string) => {
    const map = new Map<string, [number, number]>();
    for (const result of results) {
      const entry = map.get(key(result)) ?? [0, 0];
      entry[0] += result.passed ? 1 : 0;
      entry[1] += 1;
      map.set(key(result), entry);
    }
    return map;
  };
  const passed = results.filter((result) => result.passed).length;
  return {
    results,
    byCategory: tally((result) => result.row.cat),
    byKind: tally((result) => result.row.kind),
    accuracy: results.length === 0 ? 0 : passed / results.length,
    badQuotes: results.reduce((sum, result) => sum + result.badQuotes, 0),
  };
}

export function formatReport(name: string, report: EvalReport): string {
  const percent = ([passed, total]: readonly [number, number]) =>
    `${passed}/${total} (${((100 * passed) / Math.max(1, total)).toFixed(1)}%)`;
  const lines = [
    `${name}: ${percent([report.results.filter((r) => r.passed).length, report.results.length])}, non-verbatim quotes ${report.badQuotes}`,
  ];
  for (const [kind, counts] of report.byKind)
    lines.push(`  kind ${kind.padEnd(14)} ${percent(counts)}`);
  for (const [category, counts] of [...report.byCategory].sort()) {
    lines.push(`  cat  ${category.padEnd(14)} ${percent(counts)}`);
  }
  return lines.join("\n");
}
