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

export function forOneAnswer(index: KnowledgeIndex): KnowledgeIndex {
  const analyses = new Map<string, Analysis>();
  // A question's analysis is read from its normalised text alone (readQuestion starts there), and
  // one answer may read the same words as written and lower-cased: "Grace Blackwel" as a part,
  // "grace blackwel" as a piece of a claim of legs (flow-legs.ts). Analysed once.
  const byNormalized = new Map<string, Analysis>();
  return {
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
}
