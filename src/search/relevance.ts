/**
 * The abstain rule: is a question about this knowledge at all? Most of its words must be known
 * (so "How do I reset my Microsoft password?" is not on topic for naming Microsoft), what is known
 * must be specific enough, and some passage must match well.
 */
import type { Analysis } from "./analyze.ts";

export type Verdict =
  | { readonly onTopic: true; readonly coverage: number; readonly strength: number }
  | {
      readonly onTopic: false;
      readonly reason: "empty" | "advice" | "unknown-words" | "too-vague";
      readonly coverage: number;
      readonly strength: number;
    };

/** Known words must outnumber unknown ones. */
const MIN_COVERAGE = 0.5;
/**
 * How specific the known words are: for each, the idf of its rarest feature as a share of the
 * highest idf possible in this index, summed. "AI" alone (in most passages) is too vague.
 */
const MIN_STRENGTH = 0.45;

export function judgeRelevance(
  analysis: Analysis,
  idf: (feature: string) => number,
  maxIdf: number,
): Verdict {
  const terms = analysis.terms;
  const known = terms.filter((term) => term.known);
  const coverage = terms.length === 0 ? 0 : known.length / terms.length;
  const namesEntity = known.some((term) => term.entity !== undefined);
  const strength = known.reduce(
    (sum, term) => sum + Math.max(0, ...term.features.map((feature) => idf(feature))) / maxIdf,
    0,
  );
  if (terms.length === 0) return { onTopic: false, reason: "empty", coverage, strength };
  if (analysis.asksForAdvice) return { onTopic: false, reason: "advice", coverage, strength };
  if (coverage <= MIN_COVERAGE)
    return { onTopic: false, reason: "unknown-words", coverage, strength };
  if (strength < MIN_STRENGTH && !namesEntity) {
    return { onTopic: false, reason: "too-vague", coverage, strength };
  }
  return { onTopic: true, coverage, strength };
}
