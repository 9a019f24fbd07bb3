/**
 * A figure claimed as a bound, not a value ("more than $100 billion?", "천억 달러 넘게 투자한
 * 거임?", "마소 투자가 10억 달러 넘어?", "under 20 billion, right?"): the fact's own figure is
 * compared with it, so the answer is yes or no with the right figure. "Up to" and "at most" are
 * the kind of figure (a ceiling), checked elsewhere, not a bound claimed.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Claim } from "./claim-figures.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { QuestionScope } from "./scope.ts";

export type Bound = "above" | "below";

const ABOVE =
  /\b(?:more than|over|above|at least|exceed(?:s|ed|ing)?|greater than|bigger than|larger than|north of|upwards of|in excess of|plus)\s+(?:\$|us\$)?\d|\d\S*\s+(?:\S+\s+)?(?:or (?:more|above|higher)|plus)\b|넘게|넘는|넘어|넘었|넘겼|넘긴|넘김|넘음|넘냐|넘나|넘지|(?<!더 ?)이상|초과|웃돌/u;
const BELOW =
  /\b(?:less than|under|below|fewer than|short of|smaller than|lower than)\s+(?:\$|us\$)?\d|\d\S*\s+(?:\S+\s+)?or (?:less|below|lower)\b|미만|이하|안 ?되|못 ?미치|밑돌|안 ?넘|넘지 ?(?:않|말|못)/u;

/** A bound that holds its own figure: "at least", "no more than", "이상", "이하", "넘지 않". */
const INCLUSIVE =
  /\b(?:at least|at most|no more than|not more than|no less than|not less than|or (?:more|less|above|below|higher|lower))\b|이상|이하|안 ?넘|넘지 ?(?:않|말|못)/u;

/** The bound a claim puts on its one figure, if any. */
export function claimedBound(text: string): Bound | undefined {
  // "안 넘어" is below, before its 넘어 reads as above.
  if (BELOW.test(text)) return "below";
  return ABOVE.test(text) ? "above" : undefined;
}

/**
 * The fact the bound is checked against: the named payer's fact of the relation asked, or, with
 * no party named, the fact of that relation about the most parties ("천억 넘게 투자": together,
 * $15 billion).
 */
export function checkBound(
  knowledge: Knowledge,
  claim: Claim,
  bound: Bound,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
  text = "",
): ConfirmationVerdict | undefined {
  // "150억 달러 이하", "no more than $15B": the fact's own figure is within the bound.
  const inclusive = INCLUSIVE.test(text);
  const relations = new Set(scope.relations.map((relation) => relation.id));
  // The relation's words only prefer ("commit" is said of the spending and the investments).
  return (
    boundedFact(knowledge, claim, bound, relations, rankedFacts, inclusive) ??
    boundedFact(knowledge, claim, bound, new Set(), rankedFacts, inclusive)
  );
}

function boundedFact(
  knowledge: Knowledge,
  claim: Claim,
  bound: Bound,
  relations: ReadonlySet<string>,
  rankedFacts: readonly Fact[],
  inclusive: boolean,
): ConfirmationVerdict | undefined {
  const ofUnit = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      fact.figure?.unit === claim.unit &&
      (relations.size === 0 || relations.has(fact.relation ?? "")),
  );
  // "앤트로픽이 받는 투자 총액": the one paid is no payer; the facts paying it, the widest first.
  const payer = claim.entities.find((id) => !claim.recipients.includes(id));
  const paid = claim.entities.length > 0 && payer === undefined;
  const rank = (fact: Fact) => {
    const at = rankedFacts.indexOf(fact);
    return at < 0 ? rankedFacts.length : at;
  };
  const fact =
    payer === undefined
      ? [...ofUnit]
          .filter(
            (candidate) => !paid || claim.entities.every((id) => candidate.object.includes(id)),
          )
          .sort((a, b) => b.subject.length - a.subject.length || rank(a) - rank(b))[0]
      : [...ofUnit]
          .filter(
            (candidate) =>
              candidate.subject.includes(payer) &&
              claim.entities.every(
                (id) => candidate.subject.includes(id) || candidate.object.includes(id),
              ),
          )
          .sort(
            (a, b) =>
              Number(b.subject.length === claim.entities.length) -
                Number(a.subject.length === claim.entities.length) || rank(a) - rank(b),
          )[0];
  const value = fact?.figure?.value;
  if (!fact || value === undefined) return undefined;
  const agrees =
    value === claim.value
      ? inclusive
      : bound === "above"
        ? value > claim.value
        : value < claim.value;
  return { agrees, facts: [fact], reversed: false };
}
