/**
 * A claim that puts another party among the investors of this very deal ("구글도 이번 딜에서
 * 앤트로픽에 50억 넣었다던데?", "Amazon put $5B into Anthropic as part of this deal, right?",
 * "Google put $10B into Anthropic as part of this, correct?"): a sum the facts hold, claimed of a
 * party they do not name as paying it. The facts name who pays in this deal, so such a claim is a
 * no with them; what that other party invests elsewhere stays not covered (and is said so).
 * Without "this deal" ("구글도 앤트로픽에 투자했잖아?") or without a sum ("메타도 이번 딜에 돈
 * 넣었지?") it asks about the other party's own money in it, which no fact covers. Language-level
 * patterns only: the parties and figures come from the facts.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import { figureKey } from "./figure-key.ts";
import { mainParties } from "./main-parties.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";

/**
 * This deal, as the asker points at it: "this deal", "the deal", "as part of this", "in this
 * round", "이번 딜", "이번에", "이 거래에서".
 */
const THIS_DEAL =
  /\b(?:this|the|that|today's|latest|new)\s+(?:deal|round|agreement|partnership|transaction|announcement|arrangement|pact|tie-?up|investment round|funding round)\b|\bas part of (?:this|it|that)\b|이번|이\s(?:딜|거래|계약|투자|발표|라운드)/u;

/**
 * Another time than this deal: "before this deal", "since the deal", "이번 딜 전에", "이번 투자
 * 이후": that party's earlier or later money, which no fact covers.
 */
const OTHER_TIME =
  /\b(?:before|prior to|ahead of|until|since|after|earlier than)\s+(?:this|the|that)\b|이번\s?(?:딜|거래|투자|발표)?\s?(?:전|이전|이후|후|앞서|전부터)(?:에|부터|으로|엔)?(?=\s|$|[?.!,])/u;

/** A claim that denies, which this check does not read: "Google did not invest…", "투자 안 했지?". */
const DENIED =
  /\b(?:not|never|no longer)\b|\b(?:isn't|wasn't|aren't|weren't)\s+(?:an?\s+)?(?:investor|part|in)\b|안\s?(?:넣|투자|냈|들어)|(?:넣|투자하|내|들어가)지\s?(?:않|안)|빠졌|제외/u;

/** Joining the payers: "co-investing", "alongside", "같이", "함께", "공동". */
const JOINS_PAYERS = /\bco-?invest\w*|\balongside\b|\btogether with\b|같이|함께|공동/u;

/** Whether the first party named is the subject of a fact of its own (a role the facts give). */
function hasOwnRole(knowledge: Knowledge, scope: QuestionScope): boolean {
  const [first] = scope.entities;
  return (
    first !== undefined &&
    knowledge.facts.some((fact) => fact.kind !== "correction" && fact.subject.includes(first.id))
  );
}

export interface AddedInvestor {
  readonly verdict: ConfirmationVerdict;
  /** The parties put among the investors, to say their own investments are not covered. */
  readonly added: readonly NamedEntity[];
  /** The relation's id, for its label. */
  readonly relation: string;
}

/**
 * The no for a claim that a party no fact of the relation names as payer takes part in this deal
 * as one; undefined for anything else. The fact answering it is the relation's sum with the most
 * payers (all of them, with their figures).
 */
export function addedInvestorClaimed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): AddedInvestor | undefined {
  const text = analysis.normalized;
  if (!analysis.asksToConfirm || !THIS_DEAL.test(text)) return undefined;
  if (DENIED.test(text) || OTHER_TIME.test(text)) return undefined;
  if (scope.outsideRelations.length > 0) return undefined;
  const relation = relationClaimed(knowledge, analysis, scope);
  if (!relation) return undefined;
  const sums = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" && fact.relation === relation && fact.figure?.unit === "USD",
  );
  // A sum the facts hold is claimed of it ("50억 넣었다던데", "put $10B into"): without one
  // ("구글도 이번에 투자했지?") it asks whether that party has money in Anthropic at all, which no
  // fact covers.
  const claimsSum = analysis.terms.some(
    (term) => term.kind === "amount" && sums.some((fact) => figureKey(fact) === term.text),
  );
  // Without a sum, only a party the facts give a role of its own, claimed to join the payers
  // ("아마존도 같이 투자했죠?", "co-investing alongside"): that role is what it does instead.
  // A sum the facts lack ("another $4B alongside") is that party's own money: not covered.
  const anySum = analysis.terms.some((term) => term.kind === "amount");
  if (!claimsSum && (anySum || !JOINS_PAYERS.test(text) || !hasOwnRole(knowledge, scope))) {
    return undefined;
  }
  const payers = new Set(sums.flatMap((fact) => fact.subject));
  const payees = new Set(sums.flatMap((fact) => fact.object ?? []));
  const main = mainParties(knowledge);
  const named = scope.entities.filter((entity) => entity.id !== "article");
  // The party added: neither payer nor payee of the relation's sums, and not a main party.
  const added = named.filter(
    (entity) => !payers.has(entity.id) && !payees.has(entity.id) && !main.has(entity.id),
  );
  // Every other name is a payee ("…into Anthropic"): a real payer named ("Microsoft put $5B into
  // OpenAI in this deal?") is another claim, of which the facts hold the payee.
  if (added.length === 0 || named.some((e) => !added.includes(e) && !payees.has(e.id))) {
    return undefined;
  }
  // The added party comes first: it is the one claimed to pay.
  if (named[0] !== added[0]) return undefined;
  const fact = mostPayers(sums);
  if (!fact || fact.subject.length < 2) return undefined;
  return { verdict: { agrees: false, facts: [fact], reversed: false }, added, relation };
}

/**
 * The relation claimed: one asked by its words, or the relation of the sum whose figure the
 * claim gives ("put $5B into…"), when that sum's relation is money paid in by several.
 */
function relationClaimed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): string | undefined {
  const paidBySeveral = (id: string) =>
    knowledge.facts.some(
      (fact) =>
        fact.kind !== "correction" &&
        fact.relation === id &&
        fact.figure?.unit === "USD" &&
        fact.subject.length >= 2,
    );
  const asked = scope.relations.find((relation) => paidBySeveral(relation.id));
  if (asked) return asked.id;
  if (scope.relations.length > 0) return undefined;
  for (const term of analysis.terms) {
    if (term.kind !== "amount") continue;
    const fact = knowledge.facts.find(
      (candidate) =>
        candidate.kind !== "correction" &&
        candidate.figure?.unit === "USD" &&
        figureKey(candidate) === term.text,
    );
    if (fact?.relation && paidBySeveral(fact.relation)) return fact.relation;
  }
  return undefined;
}

/** The sum with the most payers: all of them, each with their figure. */
function mostPayers(sums: readonly Fact[]): Fact | undefined {
  let best: Fact | undefined;
  for (const fact of sums) {
    if (!best || fact.subject.length > best.subject.length) best = fact;
  }
  return best;
}
