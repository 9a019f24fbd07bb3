/**
 * A question about a term of the deal's sums ("마소 50억 투자금이랑 앤트로픽 애저 대금이 상계
 *되는지", "is the $5B netted against the Azure bills?") names the sums by their figures. When
 * each figure is the one a fact gives for the relation asked and the parties named, the figures
 * only point at those sums: a claim check that finds them wrong paired a figure with another
 * sum the question also names, and what is asked is the term the knowledge lacks. A claim
 * about a sum's own fact ("the 1 GW is paid to NVIDIA directly") is still checked: the caller
 * keeps a verdict on the facts named.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { figureKey } from "./figure-key.ts";
import { factHasRelation, involves, type QuestionScope } from "./scope.ts";

/**
 * The facts whose sums the text names, when every amount it names is the figure of a fact of a
 * relation named ("50억 투자금"), involving a party named; undefined otherwise.
 */
export function sumsNamed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): readonly Fact[] | undefined {
  const facts: Fact[] = [];
  for (const term of analysis.terms) {
    if (term.kind !== "amount") continue;
    const named = knowledge.facts.find(
      (fact) =>
        fact.kind !== "correction" &&
        figureKey(fact) === term.text &&
        scope.entities.some((entity) => !entity.outside && involves(fact, entity.id)) &&
        scope.relations.some((relation) => factHasRelation(fact, relation.id)),
    );
    if (!named) return undefined;
    facts.push(named);
  }
  return facts.length > 0 ? facts : undefined;
}
