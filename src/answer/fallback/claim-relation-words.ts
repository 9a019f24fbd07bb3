/**
 * The words that asked for a relation, said by a fact of another relation too. "Commit",
 * "pledge", "약속" ask for spending (the relation that lists them) but are said of the
 * investments as well ("Microsoft committed to invest up to $5 billion"): a claim that Microsoft
 * "committed $5B to Anthropic" names the investment's own figure in the investment's own words,
 * not a spending that goes the other way.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { factText } from "./claim-marks.ts";
import type { QuestionScope } from "./scope.ts";

/**
 * Whether the question asks for its relations only by concepts whose forms the fact's own text
 * says (at least one such word, every one held).
 */
export function relationWordsHeld(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  fact: Fact,
): boolean {
  const text = factText(fact);
  let asked = false;
  for (const term of analysis.terms) {
    if (term.kind !== "concept" || term.entity) continue;
    const id = term.features[0]?.slice(2) ?? "";
    if (!scope.relations.some((relation) => relation.concepts.includes(id))) continue;
    const concept = knowledge.concepts.find((candidate) => candidate.id === id);
    if (!concept?.forms.some((form) => text.includes(form.toLowerCase()))) return false;
    asked = true;
  }
  return asked;
}
