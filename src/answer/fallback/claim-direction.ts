/**
 * Claims of who pays whom ("Anthropic invested in Microsoft, right?"): the party that acts and the
 * one acted on are read from word order and particles, then checked against the money flows.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { isThingOfNamedFlow, type NamedEntity, type QuestionScope } from "./scope.ts";
import { wordAt } from "./word-at.ts";

/** Yes or no, with the fact that settles it; `reversed` when the money goes the other way. */
export interface DirectionVerdict {
  readonly agrees: boolean;
  readonly facts: readonly Fact[];
  readonly reversed: boolean;
}

/** The party that acts in a claim and the one it acts on, from word order and particles. */
interface Roles {
  readonly agent: string;
  readonly recipient: string;
}

/** "Anthropic is funded by NVIDIA", "gets money from": the second party acts. */
const ENGLISH_SOURCE = /\b(?:by|from)\s+(?:the\s+)?$/u;
/** Korean particles of the one who acts (가, 는) and the one acted on (에, 한테). */
const KOREAN_AGENT = /(?:이|가|은|는|께서|도|에서)$/u;
const KOREAN_RECIPIENT = /(?:에|에게|한테|에다|에다가|께|쪽에|쪽으로|으로|로)$/u;
const KOREAN_SOURCE = /(?:에게서|한테서|로부터|으로부터)$/u;
const RECEIVE = /\b(?:receiv\w*|gets?|got|getting|tak(?:e|es|ing)|took|rais(?:e|es|ed|ing))\b|받/u;

const BUYS = /\b(?:buy|buys|buying|bought|purchas\w*)\b|사는|샀|산다|사\s*[?？]|구매|구입/u;
const SELLS = /\b(?:sell|sells|selling|sold)\b|팔|판매/u;

/** What an investor receives for its money ("gets equity", "지분 받"): not money coming in. */
const STAKE = /\b(?:equity|shares?|stakes?|ownership)\b|지분|주식/u;

function readRoles(text: string, first: NamedEntity, second: NamedEntity): Roles {
  const plain = { agent: first.id, recipient: second.id };
  // "Does Microsoft get equity in Anthropic?": the one who gets the stake is the one who pays.
  if (STAKE.test(text)) return plain;
  const swapped = { agent: second.id, recipient: first.id };
  // "NVIDIA sells chips to Microsoft": the one sold to pays; "Microsoft buys from NVIDIA",
  // "마소가 엔비디아한테서 사": the buyer pays the one it buys from.
  if (SELLS.test(text)) return swapped;
  if (BUYS.test(text)) return plain;
  if (ENGLISH_SOURCE.test(text.slice(Math.max(0, second.position - 10), second.position))) {
    return swapped;
  }
  const word = (entity: NamedEntity) => wordAt(text, entity.position);
  const [a, b] = [word(first), word(second)];
  if (!a || !b) return plain;
  if (KOREAN_SOURCE.test(b) || (RECEIVE.test(text) && KOREAN_RECIPIENT.test(b))) return swapped;
  if (KOREAN_SOURCE.test(a) || (RECEIVE.test(text) && KOREAN_RECIPIENT.test(a))) return plain;
  if (KOREAN_RECIPIENT.test(a) && KOREAN_AGENT.test(b)) return swapped;
  // "Anthropic receives money from…" without a name after "from" reads the same way round.
  if (RECEIVE.test(text) && !/\p{Script=Hangul}/u.test(text)) return swapped;
  return plain;
}

/** "…for the Azure compute": what follows is what the money buys. */
const FOR_THING = /\bfor\s(?:the\s|its\s|their\s)?$/u;

/**
 * "Anthropic invested in Microsoft, right?": who pays whom, checked against the money flows.
 * Yes when a flow goes that way (of the relation asked, when one is); no, the other way round,
 * when only the reverse one does. Undefined when the claim is not about money between two parties.
 */
export function checkDirection(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): DirectionVerdict | "undecided" | undefined {
  // "Anthropic paying Microsoft for the Azure compute": what a named party's flow is made of
  // (Azure), after "for", is what the money buys, not a third party to it.
  const named = scope.entities.filter((entity) => !entity.outside);
  const text = analysis.normalized;
  const parties = named.filter(
    (entity) =>
      !(
        FOR_THING.test(text.slice(0, entity.position)) &&
        isThingOfNamedFlow(knowledge, entity, named)
      ),
  );
  const [first, second, third] = parties;
  if (!first || !second || parties.length > 3) return undefined;
  const money = moneyClaimed(knowledge, analysis, scope);
  if (!money) return undefined;
  if (!third) {
    // "Microsoft and NVIDIA both invest", "마소랑 엔비디아 둘 다": two who act, not one paying the other.
    if (coordinated(text, first, second)) return undefined;
    const { agent, recipient } = readRoles(text, first, second);
    return checkPair(knowledge, money, agent, recipient);
  }
  // "Anthropic invests in Microsoft and NVIDIA, right?", "마소랑 엔비한테 앤트로픽이 투자해?": one
  // party and a pair joined as one side. Each of the pair is checked with the one, and only a
  // no is said here: a yes for both is the fact of the pair's money together, found elsewhere.
  const pairFirst = joinedPair(text, first, second) && !joinedPair(text, second, third);
  const pairLast = joinedPair(text, second, third) && !joinedPair(text, first, second);
  if (pairFirst === pairLast) return undefined;
  const [one, pair] = pairFirst ? [third, [first, second]] : [first, [second, third]];
  const oneActs = groupRoles(text, one, second, pairFirst);
  if (oneActs === undefined) return undefined;
  const denied = pair
    .map((member) =>
      oneActs
        ? checkPair(knowledge, money, one.id, member.id)
        : checkPair(knowledge, money, member.id, one.id),
    )
    .filter(
      (verdict): verdict is DirectionVerdict => typeof verdict === "object" && !verdict.agrees,
    );
  if (denied.length === 0) return undefined;
  return {
    agrees: false,
    facts: denied.flatMap((verdict) => verdict.facts),
    reversed: denied.every((verdict) => verdict.reversed),
  };
}

/**
 * Whether the one party beside a joined pair is the one that pays. Korean says it by a
 * particle, on the one ("앤트로픽이", "앤트로픽에") or else on the pair ("마소랑 엔비한테"); a
 * bare name says nothing ("앤트로픽 투자사는 …"). English says it by word order and "from"/"by".
 */
function groupRoles(
  text: string,
  one: NamedEntity,
  near: NamedEntity,
  pairFirst: boolean,
): boolean | undefined {
  const oneWord = wordAt(text, one.position);
  const nearWord = wordAt(text, near.position);
  if (/\p{Script=Hangul}/u.test(oneWord) || /\p{Script=Hangul}/u.test(nearWord)) {
    const receives = RECEIVE.test(text);
    const oneSide = koreanSide(oneWord, receives);
    if (oneSide !== undefined) return oneSide === "pays";
    const pairSide = koreanSide(nearWord, receives);
    return pairSide === undefined ? undefined : pairSide === "gets";
  }
  const roles = pairFirst ? readRoles(text, near, one) : readRoles(text, one, near);
  return roles.agent === one.id;
}

/** Which side a Korean particle puts its name on: paying or getting the money. */
function koreanSide(word: string, receives: boolean): "pays" | "gets" | undefined {
  if (KOREAN_SOURCE.test(word)) return "pays";
  if (KOREAN_RECIPIENT.test(word)) return receives ? "pays" : "gets";
  if (/(?:이|가|은|는|께서)$/u.test(word)) return receives ? "gets" : "pays";
  return undefined;
}

/** The money a claim is about: the payments of the relation it names, or every payment. */
interface MoneyClaimed {
  readonly flows: readonly { flow: Flow; fact: Fact }[];
  readonly relations: ReadonlySet<string>;
  readonly moneyRelation: boolean;
}

type Flow = Knowledge["flows"]["flows"][number];

function moneyClaimed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): MoneyClaimed | undefined {
  // "Does Microsoft get its money back?": any money that comes back, whatever it is for.
  const relations = MONEY_BACK.test(analysis.normalized)
    ? new Set<string>()
    : new Set(scope.relations.map((relation) => relation.id));
  const factOf = (id: string) => knowledge.facts.find((fact) => fact.id === id);
  const payments = knowledge.flows.flows.flatMap((flow) => {
    const fact = factOf(flow.fact);
    return flow.kind === "payment" && fact ? [{ flow, fact }] : [];
  });
  // A relation no payment is of ("NVIDIA pays Microsoft for Azure": availability) names what
  // is bought, not which money: every payment counts.
  const ofRelation = payments.filter(
    ({ fact }) => fact.relation !== undefined && relations.has(fact.relation),
  );
  const moneyRelation = ofRelation.length > 0;
  if (relations.size > 0 && !moneyRelation && !PAYS_FOR.test(analysis.normalized)) {
    return undefined;
  }
  if (relations.size === 0 && !MONEY.test(analysis.normalized)) return undefined;
  return { flows: moneyRelation ? ofRelation : payments, relations, moneyRelation };
}

/** Money from `agent` to `recipient`, claimed: yes, no (the other way round), or undecided. */
function checkPair(
  knowledge: Knowledge,
  { flows, relations, moneyRelation }: MoneyClaimed,
  agent: string,
  recipient: string,
): DirectionVerdict | "undecided" | undefined {
  const forward = flows.find(({ flow }) => flow.from === agent && flow.to === recipient);
  if (forward) return { agrees: true, facts: [forward.fact], reversed: false };
  const backward = flows.find(({ flow }) => flow.from === recipient && flow.to === agent);
  // Something other than money goes that way (compute): unless the claim names the relation of
  // the money coming back ("invests in"), the flows both ways answer it, not a no.
  const otherKind = knowledge.flows.flows.some(
    (flow) => flow.kind !== "payment" && flow.from === agent && flow.to === recipient,
  );
  if (backward && (!otherKind || moneyRelation)) {
    return { agrees: false, facts: [backward.fact], reversed: true };
  }
  // "엔비디아가 마소에 투자해?": the relation named goes from the agent to a third party only.
  const elsewhere = flows.find(({ flow }) => flow.from === agent && flow.to !== recipient);
  // …unless a fact of that relation does go from one to the other ("Microsoft invests in OpenAI").
  const factBetween = knowledge.facts.some(
    (fact) =>
      fact.relation !== undefined &&
      relations.has(fact.relation) &&
      fact.subject.includes(agent) &&
      fact.object.includes(recipient),
  );
  if (!backward && !otherKind && moneyRelation && elsewhere && !factBetween) {
    return { agrees: false, facts: [elsewhere.fact], reversed: false };
  }
  return otherKind || backward ? "undecided" : undefined;
}

/** "A and B", "A, B", "A랑 B", "A와 B가": two parties joined as one subject. */
const ENGLISH_JOIN = /^[\p{L}\p{N}.]+(?:'s)?\s*(?:,|\band\b|&|\+|\bplus\b)\s*(?:also\s+)?$/u;
const KOREAN_JOIN = /\p{Script=Hangul}(?:랑|이랑|와|과|하고|및)$/u;
/** "between A and B", "A와 B 사이": the pair money goes between, which the flows answer. */
const BETWEEN = /\bbetween\s+(?:the\s+)?$/u;

function coordinated(text: string, first: NamedEntity, second: NamedEntity): boolean {
  if (BETWEEN.test(text.slice(Math.max(0, first.position - 10), first.position))) return false;
  const joined = text.slice(first.position, second.position);
  const word = /^[\p{L}\p{N}]+/u.exec(joined)?.[0] ?? "";
  const secondWord = wordAt(text, second.position);
  if (/사이/u.test(text.slice(second.position, second.position + secondWord.length + 4))) {
    return false;
  }
  if (KOREAN_RECIPIENT.test(secondWord) || KOREAN_SOURCE.test(secondWord)) return false;
  return ENGLISH_JOIN.test(joined) || (KOREAN_JOIN.test(word) && joined.trim() === word);
}

/**
 * "A and B", "A랑 B에": two names joined as one side, whatever particle the second takes (the
 * pair's particle says its role beside a third party).
 */
function joinedPair(text: string, first: NamedEntity, second: NamedEntity): boolean {
  const joined = text.slice(first.position, second.position);
  const word = /^[\p{L}\p{N}]+/u.exec(joined)?.[0] ?? "";
  return ENGLISH_JOIN.test(joined) || (KOREAN_JOIN.test(word) && joined.trim() === word);
}

/** Paying for something ("pays Microsoft for Azure", "시스템 값 내"): a payment, whatever for. */
const PAYS_FOR = /\b(?:pay|pays|paid|paying)\b|지불|값|대금|돈 ?(?:내|냈|주|줬|준)/u;

/** Money coming back: "gets its money back", "돌려받". */
const MONEY_BACK = /\b(?:money|cash|it|investment) back\b|\bback (?:from|to)\b|돌려받|되돌려/u;

/** Money words: a claim about who pays whom even without a relation's own words. */
const MONEY = /\b(?:money|pay\w*|paid|fund\w*|cash|invest\w*)\b|돈|자금|지불|투자/u;

/** Words of investing: a party after "in" is where the money goes ("an investment in Anthropic"). */
const INVESTING = /\b(?:invest\w*|stake|funding|money|cash)\b/u;

/** "마소가 …", "Microsoft pays…": the party written as the one who pays or invests. */
export function writtenAsAgent(text: string, entity: NamedEntity): boolean {
  const rest = text.slice(entity.position);
  const word = /^[\p{L}\p{N}]+/u.exec(rest)?.[0] ?? "";
  if (/\p{Script=Hangul}/u.test(word)) return /(?:이|가|은|는|께서|도)$/u.test(word);
  return /^[\p{L}\p{N}]+(?:\s+\S+){0,2}?\s+(?:pay|pays|paid|paying|invest\w*|spend\w*|spent|puts?|putting|gives?|gave|fund\w*|commit\w*|buys?|bought)\b/u.test(
    rest,
  );
}

/** "gets $30B from Anthropic", "앤트로픽한테서 받": where the money is said to come from. */
export function writtenAsSource(text: string, entity: NamedEntity): boolean {
  const before = text.slice(Math.max(0, entity.position - 8), entity.position);
  if (/\bfrom\s+(?:the\s+)?$/u.test(before) && RECEIVE.test(text)) return true;
  const word = wordAt(text, entity.position);
  if (!/\p{Script=Hangul}/u.test(word)) return false;
  // "마소한테 … 받았다": with a verb of receiving, 한테/에게 say where it came from.
  return (
    /(?:에게서|한테서|로부터|으로부터)$/u.test(word) ||
    (/(?:에게|한테|께)$/u.test(word) && KOREAN_RECEIVE.test(text))
  );
}

/** Korean verbs of receiving ("받았", "받는", "투자받"). */
const KOREAN_RECEIVE = /받/u;

/** "into Anthropic", "to NVIDIA", "앤트로픽에 / 앤트로픽한테": where the money is said to go. */
export function writtenAsRecipient(text: string, entity: NamedEntity): boolean {
  const before = text.slice(Math.max(0, entity.position - 8), entity.position);
  if (/\b(?:into|to|toward|towards)\s+(?:the\s+)?$/u.test(before)) return true;
  // "Did NVIDIA give Anthropic 15 billion?": the name between a verb of giving and the money.
  if (
    GIVING_BEFORE.test(text.slice(Math.max(0, entity.position - 10), entity.position)) &&
    MONEY_NEXT.test(text.slice(entity.position + wordAt(text, entity.position).length))
  ) {
    return true;
  }
  if (/\bin\s+(?:the\s+)?$/u.test(before) && INVESTING.test(text.slice(0, entity.position))) {
    return true;
  }
  const word = wordAt(text, entity.position);
  if (!/\p{Script=Hangul}/u.test(word)) return false;
  // "앤트로픽 쪽으로 들어오는", "엔비디아로 흘러가": a direction, spaced or before a verb of going.
  const after = text.slice(entity.position + word.length);
  return (
    /(?:에게|한테|에다|쪽으로|쪽에|(?<!에서)에)$/u.test(word) ||
    /^\s+쪽(?:으로|에)/u.test(after) ||
    (/(?<!부터)(?:으로|로)(?:도|는)?$/u.test(word) && KOREAN_GOING.test(after))
  );
}

/** A verb of handing over, right before the one who gets the money ("gave Anthropic $15B"). */
const GIVING_BEFORE =
  /\b(?:give|gives|gave|given|giving|hand|hands|handed|handing|send|sends|sent|sending|wire|wires|wired|wiring|lend|lends|lent|lending|pay|pays|paid|paying)\s+$/u;
/** The money, right after the name: "$15B", "15 billion", "a $10B check". */
const MONEY_NEXT = /^\s+(?:a\s+|an\s+|another\s+)?(?:\$|\d|(?:ten|five|fifteen|thirty)\b)/u;

/** A verb of money going somewhere, right after "…로". */
const KOREAN_GOING = /^\s+(?:다시\s+|결국\s+)?(?:들어|가|간|갈|흘러|흐르|넘어|향하|보내|돌아)/u;

/** "Anthropic gets up to 15…", "Anthropic takes in $15B": the subject of a verb of receiving. */
export function writtenAsReceiver(text: string, entity: NamedEntity): boolean {
  const rest = text.slice(entity.position);
  // "50억은 앤트로픽이 받는 돈이야?": a Korean subject, then a verb of receiving; chat drops the
  // particle ("앤트로픽 300억 받았대"), but a name that takes one of place or object is no subject.
  if (SUBJECT_RECEIVES.test(rest)) return !GETS_FOR_OWN_MONEY.test(rest);
  const word = /^\p{Script=Hangul}+/u.exec(rest)?.[0] ?? "";
  return word !== "" && !NOT_A_SUBJECT.test(word) && KOREAN_SUBJECT_RECEIVES.test(rest);
}

/**
 * A Korean subject, then within five words of its clause (none closing it: "-고", "-며", "-는데",
 * "-지만") a verb of receiving, alone or after its noun ("받은", "두 회사한테서 300억 달러 투자
 * 받은", "투자받은", "지원받음").
 */
const KOREAN_SUBJECT_RECEIVES =
  /^\p{Script=Hangul}+\s+(?:[^\s,.?!]*[^\s,.?!고며데만]\s+){0,5}(?:투자|지원|후원|출자|돈)?받/u;

/** Particles of place, direction, object or company: the name they follow does not receive. */
const NOT_A_SUBJECT = /(?:에게|한테|에서|한테서|에게서|부터|께|에|로|을|를|의|와|과|랑|하고)$/u;

/** A name at the start (possessive or not), then at most one word: where its verb is read. */
const NAME_THEN = String.raw`^[\p{L}\p{N}]+(?:'s)?\s+(?:\w+\s+)?`;

/**
 * "Does Microsoft get a board seat for their five billion?", "what does NVIDIA get for its
 * money?": what is got is bought with the getter's own money, which it pays.
 */
const GETS_FOR_OWN_MONEY = new RegExp(
  String.raw`${NAME_THEN}(?:gets?|got|getting)\s+(?:[^\s,.?!]+\s+){1,8}?for\s+(?:their|its|his|her|that|all that|all this)\s`,
  "u",
);

/** A name, then (after at most one word) a verb of receiving money. */
const SUBJECT_RECEIVES = new RegExp(
  String.raw`${NAME_THEN}(?:gets?|got|getting|receiv(?:e|es|ed|ing)|tak(?:es|e|ing) in|took in|rais(?:e|es|ed|ing)|pulls? in|brings? in)\b`,
  "u",
);
