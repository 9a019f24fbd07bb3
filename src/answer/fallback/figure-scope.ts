/**
 * "How much is Anthropic paying Amazon?", "What's the size of the Google Cloud deal?": a question
 * for an amount between parties is answered only by a fact with a figure that involves them all.
 * Another pair's figure (Anthropic pays Microsoft $30B) is a confident answer to a different
 * question, so without such a fact the answerer says the amount is not covered.
 */
import { isMoney } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import {
  factHasRelation,
  involves,
  type NamedEntity,
  type NotCovered,
  type QuestionScope,
} from "./scope.ts";

/**
 * "What's the size of…", "the value of…", "total investment", "규모가": an amount, in words other
 * than "how much".
 */
const AMOUNT_WORDS =
  /\b(?:size|value|amount|worth) of\b|\btotal (?:investment|investments|spend|spending|funding|commitment|outlay|stake)\b|\b(?:deal|contract|investment) (?:size|value|amount)\b|\bhow many (?:billion|million|dollar)|\bdollar (?:figure|amount|value|number|total|sum)s?\b|\bprice tag\b|\bin dollars\b|\bin (?:us )?(?:dollar|usd) terms\b|\bhow much money\b|규모|금액|액수|투자금|투자액|출자금|몇\s?(?:억\s?)?(?:달러|불)|몇\s?(?:[십백천]\s?)?(?:억|조)/u;

/** An arrow between two names: from the first to the second. */
const ARROW = /→|->/u;

/**
 * Two names joined as one party ("Microsoft and NVIDIA", "MS랑 엔비디아"), or listed one after the
 * other ("엔비디아 백억불, 마소 오십억불", "엔비디아 투자, 마이크로소프트 투자", "마소·엔비디아"): a
 * list mark right before the second name.
 */
const JOINED = /\b(?:and|&|plus|n)\b|\+|랑|이랑|와|과|하고|및|[,·/、]\s*$/u;

const MONEY_ASKED =
  /\b(?:pay|pays|paid|paying|cost|costs|spend|spends|spent|price|dollars?|usd|money|give|gives|gave|giving|send|sends|sent|receive|receives|received|receiving|buy|buys|bought|purchase|purchases|purchased|worth of)\b|\$|돈|달러|어치|샀|구매|구입|비용|가격|지불|지급|내는|내야|송금|보내|보냈|보낸|보낼|(?:(?<![가-힣])|(?<=돈|얼마|많이|더))(?:줌|줬|줘|줄까)|주는\s?(?:돈|금액|액수)|준(?:다|대|거|돈)|(?:얼마\s?)주(?:나|냐|니|지|고|는|었|기로)|받(?:아|았|는|음|나|니|냐|을|기)/u;

/** Nothing but the first name itself and a space between two names: "msft nvda", "마소 엔비". */
const SIDE_BY_SIDE = /^\S+\s+$/u;

/** A figure written with its currency: "$5,000,000,000", "$5B", "50억 달러", "5 billion dollars". */
const FIGURE_IN_CURRENCY =
  /\$\s?\d[\d.,]*\s?(?:[kmb]n?|bil(?:lion)?|million|trillion)?\b|\d[\d.,]*\s?(?:[kmb]n?|bil(?:lion)?|million|trillion)?\s?(?:억|조|만)?\s?(?:달러|불|usd\b|dollars?\b)/gu;

/** What the answer says it lacks when the question names no relation. */
const AMOUNT_LABEL = { id: "amount", label: { ko: "금액", en: "figure" }, forms: [] };

/*
 * In both, "줘" / "줬" give only as the verb itself ("얼마 줘?", "돈 줬어?"); glued to a verb
 * ("알려줘", "정리해줘", "투자해줬어") it is the helper verb of a request or a favour.
 */

/** Receiving ("receive from", "get from", "받아"): the party named second pays. */
const RECEIVES =
  /\b(?:receives?|received|receiving|gets?|got|getting)\b|받(?:아|았|는|음|나|니|냐|을|기)/u;
/** English verbs of giving money to someone (GIVES adds spending, which names no payee). */
const GIVING_EN = "pay|pays|paid|paying|give|gives|gave|giving|send|sends|sent";

/** Giving ("pay", "give", "send", "줌", "주는 돈", "보내"): the party named first pays. */
const GIVES = new RegExp(
  String.raw`\b(?:${GIVING_EN}|spend|spends|spent)\b|지불|지급|내는|내야|송금|보내|보냈|보낸|보낼|(?:(?<![가-힣])|(?<=돈|얼마|많이|더))(?:줌|줬|줘|줄까)|주는\s?돈|준(?:다|대|거|돈)|(?:얼마\s?)주(?:나|냐|니|지|고|는|었|기로)`,
  "u",
);

/** An English verb of giving ("pay", "give", "send") before `position`: the asker's own verb. */
const ENGLISH_GIVES = new RegExp(String.raw`\b(?:${GIVING_EN})\b`);

/**
 * "Azure spend of / by Anthropic", Taglish "Azure spend ni Anthropic" (its marker of whose), or
 * with the marker read away: a sum named by what it goes on, then by who pays it.
 */
const SPEND_OF =
  /\b(?:spend|spending|bill|outlay|payments?|purchases?|commitment)\s+(?:(?:of|by|from|ni)\s+(?:the\s+)?)?$/u;

/** "…msft for azure compute": the second name is what the money is for. */
const BOUGHT_THING = /\bfor\s(?:the\s|its\s|their\s)?\S*$/;

function englishGivingBefore(text: string, position: number): boolean {
  const verb = ENGLISH_GIVES.exec(text);
  return verb !== null && verb.index < position;
}

/** Whether the first party named pays (true), the second (false), or the question says not. */
function payerNamedFirst(text: string): boolean | undefined {
  if (RECEIVES.test(text)) return false;
  return GIVES.test(text) ? true : undefined;
}

/** "what's", "it's", "that's": a word and "is", never an owner. */
const NOT_OWNER = "(?!(?:what|who|how|where|when|why|that|it|there|here|he|she|let)(?:'s|’s))";
/** Two names joined and owning one thing: "구글과 앤트로픽의 계약", "Google and Anthropic's deal". */
const JOINT_POSSESSIVE = new RegExp(
  `(?:와|과|랑|하고)\\s?\\S+의\\s|\\b(?:and|&)\\s${NOT_OWNER}[\\p{L}\\d.-]+(?:'s|’s)\\s`,
  "u",
);

/** A part that opens on an owner's name ("앤트로픽의 계약…", "Anthropic's deal…"). */
const OPENS_OWNED = new RegExp(`^${NOT_OWNER}\\S+(?:의|'s|’s)\\s`, "u");
const OWNED = /의\s|'s\s|’s\s/u;

/**
 * "구글 클라우드와 앤트로픽의 계약 규모는 얼마야?": one amount of a pair, not two questions. Split
 * at 와 into a bare name and "앤트로픽의 …", each half would answer on its own (the three clouds,
 * then Anthropic's $30B). "A의 금액과 B의 금액은 각각?" is two owners, two parts.
 */
export function splitsJointOwner(whole: string, parts: readonly string[]): boolean {
  const [first, second] = parts;
  if (parts.length !== 2 || first === undefined || second === undefined) return false;
  return (
    JOINT_POSSESSIVE.test(whole) &&
    asksForAmount(whole, HOW_MUCH.test(whole)) &&
    !OWNED.test(`${first} `) &&
    OPENS_OWNED.test(second.trim().toLowerCase())
  );
}

const HOW_MUCH = /\bhow (?:much|big|large)\b|얼마|총액/u;

export function asksForAmount(normalized: string, asksHowMuch: boolean): boolean {
  return asksHowMuch || AMOUNT_WORDS.test(normalized);
}

export function figureBetweenNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  asksHowMuch: boolean,
  /** The normalised question: whether it asks for a sum of money. */
  text = "",
): NotCovered | undefined {
  if (!asksHowMuch) return undefined;
  const parties = withoutOwnedProduct(
    knowledge,
    scope.entities.filter((entity) => !entity.outside && entity.id !== "article"),
    text,
  );
  if (parties.length === 1)
    return figureOfOneNotCovered(knowledge, scope, parties[0] as NamedEntity);
  if (parties.length < 2) return undefined;
  // "How much does A pay B…": a sum of money; a capacity (1 GW) between them does not answer it.
  // A figure's own currency ("마소가 $5B면 엔비는 얼마") names no payment between the two.
  const money = MONEY_ASKED.test(text.replace(FIGURE_IN_CURRENCY, " "));
  const withFigure = knowledge.facts.filter(
    (fact) => fact.figure !== undefined && (!money || isMoney(fact.figure)),
  );
  // A fact sheet whose figures name no parties cannot tell one pair's figure from another's.
  if (withFigure.some((fact) => fact.subject.length === 0)) return undefined;
  // The two named first are the ones the amount is between ("A pays B for … behind C's compute").
  const [a, b] = parties as [NamedEntity, NamedEntity];
  // "A and B invest…" asks for their sum; "A pays B…" for money from one to the other.
  // "마소 엔비 둘이 앤트로픽에 얼마", "msft nvda into anthropic how much": two names side by side
  // before a third are the pair that pays the third, not money between the two.
  const joined =
    JOINED.test(text.slice(a.position, b.position)) ||
    (SIDE_BY_SIDE.test(text.slice(a.position, b.position)) && parties.length > 2);
  // "How much does A give B?" is A's money to B; "…receive from B?" is B's to A.
  // "the Azure spend of Anthropic": the first name is what the money goes on, the second pays.
  const payer =
    joined || !money
      ? undefined
      : SPEND_OF.test(text.slice(a.position, b.position))
        ? false
        : payerNamedFirst(text);
  const from = (payer: NamedEntity, payee: NamedEntity, fact: Fact) =>
    fact.subject.includes(payer.id) && fact.object.includes(payee.id);
  // "how much are they paying msft for azure compute": the English verb comes before both names,
  // so the first is paid by someone unnamed, and the second is what the money buys.
  // ("How much money gives NVIDIA to Anthropic?" is the verb first, NVIDIA paying.)
  const paidByUnnamed =
    payer === true &&
    englishGivingBefore(text, a.position) &&
    BOUGHT_THING.test(text.slice(a.position, b.position));
  // "마소 → 엔비디아 금액": the arrow writes who pays. Money that way with no figure at all (not
  // even a capacity) is not covered, whatever figure the two share another way.
  if (ARROW.test(text.slice(a.position, b.position))) {
    const way = knowledge.flows.flows.filter((flow) => flow.from === a.id && flow.to === b.id);
    const facts = knowledge.facts.filter((fact) => way.some((flow) => flow.fact === fact.id));
    if (
      way.length > 0 &&
      way.every((flow) => flow.figure === undefined) &&
      facts.every((fact) => fact.figure === undefined)
    ) {
      return { entities: [a, b], relation: scope.relations[0] ?? AMOUNT_LABEL, covered: facts };
    }
  }
  const between = (fact: Fact) =>
    paidByUnnamed
      ? fact.object.includes(a.id) && involves(fact, b.id)
      : joined || !money
        ? [a, b].every((party) => involves(fact, party.id))
        : payer === undefined
          ? from(a, b, fact) || from(b, a, fact)
          : payer
            ? from(a, b, fact)
            : from(b, a, fact);
  if (withFigure.some(between)) return undefined;
  // The parties' figures the knowledge does have, for "what it does cover".
  // What the knowledge says of the pair without a figure ("Microsoft buys NVIDIA systems"), else
  // the first party's figures.
  const pairFacts = knowledge.facts.filter(
    (fact) => fact.kind !== "correction" && fact.figure === undefined && between(fact),
  );
  const covered =
    pairFacts.length > 0
      ? pairFacts
      : withFigure.filter(
          (fact) => fact.kind !== "correction" && involves(fact, parties[0]?.id ?? ""),
        );
  return {
    entities: money && !joined ? [a, b] : parties,
    relation: scope.relations[0] ?? AMOUNT_LABEL,
    covered,
  };
}

/** One word and the space after it: the first name stands right before the second. */
const ONE_WORD_BEFORE = /^\S+\s+$/u;

/**
 * "마이크로소프트 애저에 … 얼마나 써?", "Microsoft Azure spend": a company named right before a
 * name the facts put beside it (its product), and never as the one acting on the other, is one
 * party, not two between whom money goes. A pair where one acts on the other ("마소 엔비 둘이":
 * Microsoft buys NVIDIA systems) stays two.
 */
function withoutOwnedProduct(
  knowledge: Knowledge,
  parties: readonly NamedEntity[],
  text: string,
): readonly NamedEntity[] {
  const [a, b] = parties;
  if (parties.length < 3 || a === undefined || b === undefined) return parties;
  if (!ONE_WORD_BEFORE.test(text.slice(a.position, b.position))) return parties;
  let together = false;
  for (const fact of knowledge.facts) {
    const [subject, object] = [fact.subject, fact.object];
    // One party acting on the other ("Microsoft buys NVIDIA systems"); a loop of many is not.
    const alone = subject.length === 1 ? subject[0] : undefined;
    if ((alone === a.id && object.includes(b.id)) || (alone === b.id && object.includes(a.id))) {
      return parties;
    }
    together ||=
      (subject.includes(a.id) && subject.includes(b.id)) ||
      (object.includes(a.id) && object.includes(b.id));
  }
  return together ? parties.filter((party) => party !== b) : parties;
}

/**
 * "오픈AI 투자 금액 얼마야?": one party, and a relation whose facts about it carry no figure, while
 * the party is the subject of no figure at all (OpenAI, not NVIDIA: "엔비디아 얼마 냄?" is its
 * investment). Says the amount is not covered and what is, instead of another party's figure.
 */
function figureOfOneNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  party: NamedEntity,
): NotCovered | undefined {
  const relation = scope.relations[0];
  if (!relation) return undefined;
  const hasOwnFigure = knowledge.facts.some(
    (fact) => fact.figure !== undefined && fact.subject.includes(party.id),
  );
  if (hasOwnFigure) return undefined;
  const ofParty = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" && factHasRelation(fact, relation.id) && involves(fact, party.id),
  );
  if (ofParty.length === 0 || ofParty.some((fact) => fact.figure !== undefined)) return undefined;
  return { entities: [party], relation, covered: ofParty };
}
