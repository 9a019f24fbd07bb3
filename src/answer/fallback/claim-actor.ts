/**
 * A figure claimed as one party's commitment when the fact gives it as another's: "1기가와트는
 * 마이크로소프트가 엔비디아에 약속한 전력량이다", "Microsoft committed 1 GW to NVIDIA, right?". The
 * fact of the figure names all the parties (NVIDIA's systems, Azure), so the claim reads as agreeing;
 * but the one who commits is the fact's subject, and the claim puts another party in that place.
 * Only with a verb of committing (commit, promise, pledge; 약속, 약정, 계약), not one two parties do
 * together ("signed with", "…와 계약").
 */
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { QuestionScope } from "./scope.ts";

/** A verb of committing: a cheap test before the actor is looked for. */
const COMMITS =
  /\b(?:commit(?:s|ted|ting)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\b|약속|약정|계약/u;

/** Two parties doing it together: "with", "와 / 과 / 랑 / 하고" after a name. */
const TOGETHER = /\bwith\b|(?:와|과|랑|이랑|하고)\s/u;

/** A Korean subject: the name's word ends on 가 / 이 / 는 / 은 ("마이크로소프트가", "엔비디아는"). */
const KOREAN_SUBJECT = /^[\p{Script=Hangul}\p{L}\d]*?(?:가|이|는|은)(?=\s|$)/u;

/** An English subject: the name opens the claim (after "so", "and"…) and a verb follows it. */
const ENGLISH_OPENING = /^(?:(?:so|and|but|wait|ok|okay)[,\s]+)*$/u;

/** The party the claim puts in the committing place, or undefined when it names none there. */
function actorOf(analysis: Analysis, scope: QuestionScope): string | undefined {
  const text = analysis.normalized;
  for (const entity of scope.entities) {
    if (entity.outside) continue;
    const rest = text.slice(entity.position);
    if (analysis.language === "ko") {
      if (KOREAN_SUBJECT.test(rest)) return entity.id;
      continue;
    }
    return ENGLISH_OPENING.test(text.slice(0, entity.position)) ? entity.id : undefined;
  }
  return undefined;
}

/**
 * A no with the fact, when the claim agrees on a figure's fact but puts another party of the
 * story in its subject's place; undefined otherwise.
 */
export function actorClaimRefuted(
  analysis: Analysis,
  scope: QuestionScope,
  verdict: ConfirmationVerdict,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  if (!verdict.agrees || !COMMITS.test(text) || TOGETHER.test(text)) return undefined;
  const [fact] = verdict.facts;
  if (fact?.kind !== "figure") return undefined;
  if (!analysis.terms.some((term) => term.kind === "amount")) return undefined;
  const actor = actorOf(analysis, scope);
  if (actor === undefined || fact.subject.includes(actor)) return undefined;
  // The fact's own subject is a party the claim does not name: the claim gave its act to another.
  if (scope.entities.some((entity) => fact.subject.includes(entity.id))) return undefined;
  return { agrees: false, facts: [fact] as readonly Fact[], reversed: false };
}
