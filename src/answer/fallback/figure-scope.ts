/**
 * "How much is Anthropic paying Amazon?", "What's the size of the Google Cloud deal?": a question
 * for an amount between parties is answered only by a fact with a figure that involves them all.
 * Another pair's figure (Anthropic pays Microsoft $30B) is a confident answer to a different
 * question, so without such a fact the answerer says the amount is not covered.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import { involves, type NotCovered, type QuestionScope } from "./scope.ts";

/** "What's the size of…", "the value of…", "규모가": an amount, in words other than "how much". */
const AMOUNT_WORDS =
  /\b(?:size|value|amount|worth) of\b|\bhow many (?:billion|million|dollar)|규모|금액|액수/u;

/** What the answer says it lacks when the question names no relation. */
const AMOUNT_LABEL = { id: "amount", label: { ko: "금액", en: "figure" }, forms: [] };

export function asksForAmount(normalized: string, asksHowMuch: boolean): boolean {
  return asksHowMuch || AMOUNT_WORDS.test(normalized);
}

export function figureBetweenNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  asksHowMuch: boolean,
): NotCovered | undefined {
  if (!asksHowMuch) return undefined;
  const parties = scope.entities.filter((entity) => !entity.outside && entity.id !== "article");
  if (parties.length < 2) return undefined;
  const withFigure = knowledge.facts.filter((fact) => fact.figure !== undefined);
  // A fact sheet whose figures name no parties cannot tell one pair's figure from another's.
  if (withFigure.some((fact) => fact.subject.length === 0)) return undefined;
  const between = (fact: Fact) => parties.every((party) => involves(fact, party.id));
  if (withFigure.some(between)) return undefined;
  // The parties' figures the knowledge does have, for "what it does cover".
  const covered = withFigure.filter(
    (fact) => fact.kind !== "correction" && involves(fact, parties[0]?.id ?? ""),
  );
  return {
    entities: parties,
    relation: scope.relations[0] ?? AMOUNT_LABEL,
    covered,
  };
}
