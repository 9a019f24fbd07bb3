/**
 * Questions that open with chit-chat or a preamble ("hey quick q, how much…", "ok so I'm writing
 * a report for class, when was…", "잠깐만, 아까 그 …"): the preamble's words are not the
 * question, so they must not outvote it. A leading clause with no word the knowledge knows is
 * dropped, as long as what remains is a question about the knowledge by itself.
 */
import type { Analysis } from "../../search/analyze.ts";
import { isBareConfirmationTag } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { judgeRelevance, type Verdict } from "../../search/relevance.ts";

/** Clause ends: punctuation followed by a space, an ellipsis, or "…, but" / "…but". */
const CLAUSE_END = /(?:[,:;.!?…~]+|\s(?:but|so|anyway|그런데|근데|암튼))\s+/giu;

export interface Core {
  readonly text: string;
  readonly analysis: Analysis;
  readonly verdict: Verdict;
}

/**
 * The question without its preamble, when the whole is not on topic but a trailing part is and
 * everything before that part is words the knowledge does not know.
 */
export function withoutPreamble(index: KnowledgeIndex, question: string): Core | undefined {
  for (const match of question.matchAll(CLAUSE_END)) {
    const cut = (match.index ?? 0) + match[0].length;
    const prefix = question.slice(0, cut);
    const rest = question.slice(cut).trim();
    // "It's going to rain tomorrow, right?": the tag tags the clause before; it is not the question.
    if (rest === "" || isBareConfirmationTag(rest)) break;
    // Only chit-chat is dropped: a clause with a known word may be part of the question.
    if (index.analyze(prefix).terms.some((term) => term.known)) break;
    const analysis = index.analyze(rest);
    const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
    if (verdict.onTopic) return { text: rest, analysis, verdict };
  }
  return undefined;
}
