/**
 * The index as one answer sees it: each text it analyses (the question, its clauses, its parts,
 * a part with the words carried into it) is analysed once for that answer. The analyses die with
 * the answer: remembered across answers, they stayed reachable while the next answers ran, and
 * every young-generation collection copied them (about 400 KB each time, 2-3 ms of pause landing
 * on one answer).
 */
import type { Analysis } from "../../search/analyze.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";

export function forOneAnswer(index: KnowledgeIndex): KnowledgeIndex {
  const analyses = new Map<string, Analysis>();
  return {
    ...index,
    analyze(text) {
      let analysis = analyses.get(text);
      if (analysis === undefined) {
        analysis = index.analyze(text);
        analyses.set(text, analysis);
      }
      return analysis;
    },
  };
}
