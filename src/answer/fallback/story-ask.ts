/**
 * "What did Microsoft, Nvidia and Anthropic actually announce?", "마이크로소프트랑 엔비디아가
 * 앤트로픽하고 무슨 거래를 했다는 건지 알려주시오": what the story's parties, every one of them, did
 * together is the story itself. Its summary answers, not the one passage that names them all
 * (the date of the announcement, or the article's opening line).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import { factHasRelation, type QuestionScope } from "./scope.ts";

/**
 * "what", "무슨", "뭘": what was done is asked. The English word opens the question or a clause
 * ("tell me what…"), not a claim's tail ("…, and that's what the article calls circular?").
 */
const ASKS_WHAT = /(?:^|[,.;:!?]\s*|\b(?:me|us|explain|know)\s+)what\b|무슨|무엇|뭘|뭐|뭔|어떤/u;
/** …not when, where, who, how much, or on what day or at what event. */
const ASKS_OTHER =
  /\b(?:when|where|which|why|who|how|day|date|year|month|time|event|conference|venue|stage)\b|언제|어디|어느|왜|누가|누구|날짜|며칠|행사|얼마|몇/u;

export function asksWhatAllPartiesDid(
  knowledge: Knowledge,
  analysis: Analysis,
  /** The question's scope, read only when the words ask what was done. */
  scopeOf: () => QuestionScope,
): boolean {
  const text = analysis.normalized;
  if (analysis.asksToConfirm || analysis.asksForFigure) return false;
  if (!ASKS_WHAT.test(text) || ASKS_OTHER.test(text)) return false;
  const parties = knowledge.manifest.entities.map((entity) => entity.id);
  if (parties.length < 2) return false;
  // The scope's parties are the concepts the text names: one party not among them, and the
  // scope need not be read.
  if (!parties.every((id) => analysis.terms.some((term) => term.features[0] === `c:${id}`))) {
    return false;
  }
  const scope = scopeOf();
  // Of the article ("what the article calls…"), the article's words are asked.
  if (
    scope.outsideRelations.length > 0 ||
    scope.entities.some((entity) => entity.outside || entity.id === "article")
  ) {
    return false;
  }
  const named = new Set(scope.entities.map((entity) => entity.id));
  if (!parties.every((id) => named.has(id))) return false;
  // A relation asked must be one the parties share as subjects (their announcement), not one
  // of them on its own (an investment).
  const shared = scope.relations.every((relation) =>
    knowledge.facts.some(
      (fact) =>
        factHasRelation(fact, relation.id) &&
        [fact.subject, ...fact.also.map((pair) => pair.subject)].some((subject) =>
          parties.every((id) => subject.includes(id)),
        ),
    ),
  );
  if (!shared) return false;
  // Nothing else asked of them: an amount, or a word in English the knowledge lacks ("about
  // robotics"). Korean manner words ("처음부터 차근차근") ask nothing of their own.
  return !analysis.terms.some(
    (term) => term.kind === "amount" || (term.kind === "latin" && !term.known),
  );
}
