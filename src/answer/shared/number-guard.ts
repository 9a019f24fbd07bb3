/**
 * The number guard: every figure in model text (an amount with a currency or a scale, gigawatts,
 * percentages) must also appear in the documents the model was given. A figure that does not is
 * one the model made up or worked out, and the house rule is that numbers shown to users come
 * from the knowledge, never from model text alone.
 */
import { findAmounts } from "../../search/numbers.ts";

export interface NumberGuard {
  /** The figures in `text` that appear in none of the documents, as written ("$45 billion"). */
  unknownFigures(text: string): string[];
}

/** Builds the guard from the documents' texts (the article and the fact sheet). */
export function createNumberGuard(documents: readonly string[]): NumberGuard {
  const known = new Set(documents.flatMap((text) => figuresIn(text).map((figure) => figure.key)));
  return {
    unknownFigures: (text) =>
      figuresIn(text)
        .filter((figure) => !known.has(figure.key))
        .map((figure) => figure.written),
  };
}

interface Figure {
  /** Canonical key: "$30B", "30 billion dollars" and "300억 달러" share one. */
  readonly key: string;
  readonly written: string;
}

/**
 * Amounts that carry a unit. A bare number ("2025", "3 clouds", a list's "1.") is not a figure
 * the guard checks: only money, scales (억, 조, billion), gigawatts and percentages are.
 */
function figuresIn(text: string): Figure[] {
  const lower = text.toLowerCase();
  return findAmounts(lower).flatMap(({ key, start, end }) => {
    const written = lower.slice(start, end);
    return /^[\d.,\s]+$/.test(written) ? [] : [{ key, written }];
  });
}
