/**
 * "tldr on the whole microsoft nvidia anthropic mess", "마소 엔비 앤트 사태 요약 좀", "summarize the
 * msft/nvda/anthropic saga in 2 lines": a summary asked of the story's parties together is the
 * story's summary. The words around the names (mess, saga, 사태, "2 lines", "for a client note")
 * are the asker's, not a part of the story asked for, even when the knowledge lacks them.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import { mainParties } from "./main-parties.ts";
import { factHasRelation, type QuestionScope } from "./scope.ts";

/** Fewer of the story's parties than this name one party's side, not the whole story. */
const MIN_PARTIES = 2;

export function asksSummaryOfParties(
  knowledge: Knowledge,
  analysis: Analysis,
  /** The question's scope, read only when a summary of named parties is asked. */
  scopeOf: () => QuestionScope,
): boolean {
  if (!analysis.asksForSummary || analysis.asksForAdvice || analysis.triesToChangeRules) {
    return false;
  }
  // "In one sentence each: why does Microsoft do this, and why NVIDIA?": a reason asked of the
  // parties, in the length the summary word sets.
  if (analysis.asksToConfirm || analysis.asksForReason) return false;
  const parties = mainParties(knowledge);
  const namedTerms = analysis.terms.filter((term) => term.entity && parties.has(term.entity));
  if (new Set(namedTerms.map((term) => term.entity)).size < MIN_PARTIES) return false;
  const scope = scopeOf();
  // Another company, or a thing no fact covers ("their market share"), is asked of them.
  if (
    scope.outsideRelations.length > 0 ||
    scope.entities.some((entity) => entity.outside || !parties.has(entity.id))
  ) {
    return false;
  }
  const named = [...new Set(scope.entities.map((entity) => entity.id))];
  // A relation asked must be one the named parties share as subjects (their partnership, their
  // announcement), not one side's own (an investment: "summarize NVIDIA's stake").
  return scope.relations.every((relation) =>
    knowledge.facts.some(
      (fact) =>
        factHasRelation(fact, relation.id) &&
        [fact.subject, ...fact.also.map((pair) => pair.subject)].some((subject) =>
          named.every((id) => subject.includes(id)),
        ),
    ),
  );
}
