/**
 * A claim of a relation the knowledge does not cover, between two of the story's parties, that
 * the knowledge names as the one people take a covered relation for ("Microsoft bought
 * Anthropic, right?", "마소가 앤트로픽 인수했다던데 맞아?": it invests in it). The covered fact
 * between the same two parties corrects it: a no, with that fact. A denial ("…didn't buy…,
 * right?") is a yes with the same fact.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { type ConfirmationVerdict, claimDenies } from "./confirm.ts";
import { unsupportedMeasure } from "./measure-scope.ts";
import type { NotCovered, QuestionScope } from "./scope.ts";

/**
 * A possibility asked: "가능성", "사들일 생각", "any chance", "likely". A plan or a later day
 * alone ("planning to take over", "buy it eventually") still claims the takeover, a no.
 */
const ASKS_POSSIBILITY =
  /가능성|(?:할|살|사들일|인수할) ?생각|\b(?:possibility|possible|chance|likely)\b/u;

export function checkMistakenRelation(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  notCovered: NotCovered,
): ConfirmationVerdict | undefined {
  const mistakenFor = notCovered.relation?.mistakenFor;
  // Only that one relation asked, of the story's parties alone.
  if (!analysis.asksToConfirm || !mistakenFor || scope.outsideRelations.length !== 1) {
    return undefined;
  }
  const parties = scope.entities.filter((entity) => entity.id !== "article");
  if (parties.length !== 2 || parties.some((entity) => entity.outside)) return undefined;
  const [first, second] = parties.map((entity) => entity.id) as [string, string];
  // "MSFT 5% ownership in Anthropic?": the claim asks a measure the knowledge lacks (a share in
  // percent), which the covered relation does not answer; it is not covered, not a no.
  if (unsupportedMeasure(knowledge, analysis, [first, second])) return undefined;
  // "마소가 나중에 앤트로픽 통째로 인수할 가능성도 있는 거 아님?", "any chance Microsoft buys
  // Anthropic outright?": a possibility asked is the future, which no fact settles.
  if (ASKS_POSSIBILITY.test(analysis.normalized)) return undefined;
  // The fact of the covered relation joining the two, whichever way the claim names them.
  const joins = (fact: Fact, from: string, to: string) =>
    fact.kind !== "correction" &&
    fact.relation === mistakenFor &&
    fact.subject.length === 1 &&
    fact.subject[0] === from &&
    fact.object.includes(to);
  const fact =
    knowledge.facts.find((candidate) => joins(candidate, first, second)) ??
    knowledge.facts.find((candidate) => joins(candidate, second, first));
  if (!fact) return undefined;
  return { agrees: claimDenies(analysis.normalized), facts: [fact], reversed: false };
}
