/**
 * "오픈AI도 엔비디아랑 같은 공동설계 협력 받나요?", "Does OpenAI get the same co-design deal with
 * NVIDIA?": what one party has, asked of another as "the same". The facts say who has it; a
 * party none of them involves does not have it as far as the knowledge goes, even when an article
 * sentence names that party beside the topic's word ("NVIDIA relied on OpenAI's success… this
 * partnership"). Not covered, not the other party's fact.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import { mainParties } from "./main-parties.ts";
import { involves, type NotCovered, type QuestionScope } from "./scope.ts";

/** "The same", "같은", "똑같은", "비슷한", "like Anthropic's": the thing asked is another's. */
const SAME_AS =
  /\b(?:the same|a similar|similar|same kind of|same sort of|the identical)\b|(?<![\p{L}])(?:같은|똑같은|비슷한|동일한)(?=\s)/u;

export function sameAsOtherNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  analysis: Analysis,
): NotCovered | undefined {
  if (!SAME_AS.test(analysis.normalized) || scope.relations.length === 0) return undefined;
  const main = mainParties(knowledge);
  const relations = new Set(scope.relations.map((relation) => relation.id));
  const facts = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      (relations.has(fact.relation ?? "") ||
        fact.also.some((pair) => relations.has(pair.relation))),
  );
  if (facts.length === 0) return undefined;
  // A minor party asked beside another: no fact of the relation joins the two (OpenAI's
  // partnership is with Microsoft, not NVIDIA).
  const named = scope.entities.filter(
    (entity) => !entity.outside && knowledge.scope.names.has(entity.id),
  );
  if (named.length < 2) return undefined;
  const joined = (one: string, other: string) =>
    facts.some((fact) => involves(fact, one) && involves(fact, other));
  const lacking = named.filter(
    (entity) =>
      !main.has(entity.id) &&
      named.every((other) => other.id === entity.id || !joined(entity.id, other.id)),
  );
  if (lacking.length === 0) return undefined;
  const [relation] = scope.relations;
  return { entities: lacking, ...(relation ? { relation } : {}), covered: [] };
}
