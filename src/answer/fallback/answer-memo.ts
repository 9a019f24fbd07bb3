/**
 * The index as one answer sees it: each text it analyses (the question, its clauses, its parts,
 * a part with the words carried into it) is analysed once for that answer. The analyses die with
 * the answer: remembered across answers, they stayed reachable while the next answers ran, and
 * every young-generation collection copied them (about 400 KB each time, 2-3 ms of pause landing
 * on one answer).
 */
import type { Analysis } from "../../search/analyze.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { normalizeText } from "../../search/normalize.ts";

/** Where the index as one answer sees it keeps what oncePerAnswer works out. */
const ANSWER_MEMO = Symbol("one answer's memo");

type OneAnswerIndex = KnowledgeIndex & { readonly [ANSWER_MEMO]?: Map<string, unknown> };

/**
 * What one answer works out from a text more than once (a question's parts: whether a review
 * stands beside another ask, then the parts answered), worked out once for that answer: kept
 * under `key`, which must name the step and everything else it reads. An index that is not one
 * answer's (a test's, the index itself) keeps nothing.
 */
export function oncePerAnswer<T>(index: KnowledgeIndex, key: string, compute: () => T): T {
  const memo = (index as OneAnswerIndex)[ANSWER_MEMO];
  if (memo === undefined) return compute();
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

export function forOneAnswer(index: KnowledgeIndex): KnowledgeIndex {
  const analyses = new Map<string, Analysis>();
  // A question's analysis is read from its normalised text alone (readQuestion starts there), and
  // one answer may read the same words as written and lower-cased: "Grace Blackwel" as a part,
  // "grace blackwel" as a piece of a claim of legs (flow-legs.ts). Analysed once.
  const byNormalized = new Map<string, Analysis>();
  // The memo first, then the index's fields: an object spread and then given one more property
  // took 3-5 µs to make (each answer's), made in this order 0.5 µs. An index that is one answer's
  // already brings its own memo, which the new one must replace: added after, as before.
  const nested = ANSWER_MEMO in index;
  const oneAnswer: OneAnswerIndex = {
    [ANSWER_MEMO]: new Map<string, unknown>(),
    ...index,
    analyze(text) {
      let analysis = analyses.get(text);
      if (analysis === undefined) {
        const normalized = normalizeText(text);
        analysis = byNormalized.get(normalized);
        if (analysis === undefined) {
          analysis = index.analyze(text);
          byNormalized.set(normalized, analysis);
        }
        analyses.set(text, analysis);
      }
      return analysis;
    },
  };
  if (nested) {
    const renewed: OneAnswerIndex = { ...oneAnswer, [ANSWER_MEMO]: new Map<string, unknown>() };
    return renewed;
  }
  return oneAnswer;
}
