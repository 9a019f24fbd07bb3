/**
 * Groups questions that ask the same thing in other words ("How much did NVIDIA invest?",
 * "how much is nvidia investing"), with the search's own normalisation: the same tokens, Korean
 * endings stripped, English stems, stopwords left out. Two questions are one group when their
 * word sets overlap enough (Jaccard). Deal-agnostic: nothing here knows the article.
 */
import { stemEnglish } from "../search/english.ts";
import { stripEndings } from "../search/korean.ts";
import { normalizeText } from "../search/normalize.ts";
import { ENGLISH_STOPWORDS, KOREAN_STOPWORDS } from "../search/stopwords.ts";
import { tokenize } from "../search/tokenize.ts";
import type { QuestionCount } from "./report-types.ts";

/** Share of shared words (of all words of the two) from which two questions are one group. */
export const SIMILARITY_THRESHOLD = 0.6;

/** The words that carry a question's subject. */
export function questionTerms(question: string): Set<string> {
  const normalized = normalizeText(question);
  const terms = new Set<string>();
  for (const token of tokenize(normalized)) {
    if (token.script === "latin") {
      if (!ENGLISH_STOPWORDS.has(token.text)) terms.add(stemEnglish(token.text));
    } else if (token.script === "hangul") {
      if (!KOREAN_STOPWORDS.has(token.text)) {
        const stem = stripEndings(token.text);
        if (!KOREAN_STOPWORDS.has(stem)) terms.add(stem);
      }
    } else {
      terms.add(token.text);
    }
  }
  // A question of stopwords only still groups with its exact repeats.
  if (terms.size === 0 && normalized !== "") terms.add(normalized);
  return terms;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Group {
  readonly question: string;
  readonly terms: Set<string>;
  count: number;
}

/**
 * The biggest groups, largest first. `questions` come newest first: a group shows its newest
 * wording. Each question joins the first group it is similar enough to.
 */
export function groupQuestions(questions: readonly string[], limit: number): QuestionCount[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const question of questions) {
    const terms = questionTerms(question);
    if (terms.size === 0) continue;
    const key = [...terms].sort().join(" ");
    let group = byKey.get(key);
    group ??= groups.find(
      (candidate) => similarity(candidate.terms, terms) >= SIMILARITY_THRESHOLD,
    );
    if (!group) {
      group = { question: question.trim(), terms, count: 0 };
      groups.push(group);
    }
    byKey.set(key, group);
    group.count++;
  }
  return groups
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group.count - a.group.count || a.order - b.order)
    .slice(0, limit)
    .map(({ group }) => ({ question: group.question, count: group.count }));
}
