/**
 * A claim of money going round, leg by leg: "MS invests in Anthropic and then Anthropic invests
 * back in MS?", "msft pays nvda, nvda + msft pay anthropic, anthropic pays msft. that's the
 * loop?", "마소가 앤트로픽에 넣은 돈이 다시 마소로 돌아오는 구조라는 거지?". Each leg (who pays
 * whom, and as what when the leg says so) is checked against the money flows: yes when every leg
 * holds, no naming the first leg that does not, then the flows between the parties.
 */

import { formatFigure } from "../../knowledge/figures.ts";
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import { flowParties } from "../../knowledge/flow-parties.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { asksWhich, hasQuestionWord } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { hasFinalConsonant, withParticle } from "../../search/korean.ts";
import { verdictWords } from "../shared/phrases.ts";
import type { Answer } from "../types.ts";
import { flowThings } from "./claim-flow-thing.ts";
import { attributesQuote } from "./claim-speaker.ts";
import { payersOfOne } from "./compare.ts";
import { readNamed, readRelations } from "./scope.ts";
import { flowStep, flowsAnswer } from "./shapes.ts";

type Flow = Knowledge["flows"]["flows"][number];

/** One leg of the claim: money from one party to another, as the relation named (if any). */
interface Leg {
  readonly from: string;
  readonly to: string;
  readonly relation?: string;
}

/** Money said to come back, or the loop itself named. */
const BACK =
  /\bback\b|\bin return\b|\bin turn\b|\bturns? around\b|다시|되돌|돌아오|돌아가|돌려(?! ?막)|그 돈으로/u;
// "돌려막기" (paying one debt with another): the everyday Korean word for money sent round.
const LOOP = /\bloop\b|\bcircle\b|\bcircular\b|\bround[- ]trip\b|순환|한 바퀴|빙빙|돌려 ?막/u;
/** Where one leg ends and the next begins: a comma, "and (then)", a Korean -고 / -면, "다시". */
const LEG_BREAK =
  /,\s+|[.;:]\s+|\s+(?:and then|then|and|so|while)\s+|(?<=\p{Script=Hangul}(?:고|면|는데|니까|면서))\s+|\s+(?=(?:다시|결국)\s)/gu;
/** Words of paying in general, whatever the money is for. */
const ANY_PAYMENT =
  /\b(?:pay|pays|paid|paying|payments?|give|gives|gave|giving|send|sends|sent|sending|hand|hands|handed|money|cash|back)\b|지불|돈/gu;
const ARROW = /→|->|=>/u;
/** A total asked ("…, total?", "combined?", "합계는?"): a figure, not a claim. */
const TOTAL_ASKED = /\b(?:total|combined|altogether|sum|in all)\b|합계|총액|합쳐서|합치면/u;
/** Two clauses or more: a comma, "and", a Korean -고 between them. */
const CHAIN = /,\s|\s(?:and|then)\s|(?<=\p{Script=Hangul}고)\s/u;
/** A verb of receiving: the party named first gets the money ("Anthropic gets $5B from MS"). */
const RECEIVES = /\b(?:gets?|got|getting|receiv\w*|takes? in)\b|받/u;
/** A verb of paying out ("pays", "spends", "돈 쓰는", "내는"). */
const PAYS_OUT =
  /\b(?:pays?|paid|paying|spends?|spent|spending|buys?|bought|buying)\b|(?:^|\s)(?:돈\s?)?(?:쓰는|쓴|쓰고|써|내는|낸|내고|지불)/u;
/** A Korean party word marked as where something goes: "마소에", "마소한테", "마소 애저에". */
const KOREAN_GOAL = /^\S*(?:에게|한테|께|에|로)(?:\s|$)|^\S*\s\S*(?:에게|한테|에|로)(?:\s|$)/u;

/**
 * Whether the party at `position` is where the money goes: after an English verb of paying, or
 * with a Korean goal particle before a verb of paying.
 */
function paidTo(piece: string, position: number): boolean {
  if (position < 0) return false;
  const verb = PAYS_OUT.exec(piece);
  if (!verb) return false;
  if (/[a-z]/u.test(verb[0])) return verb.index < position;
  return verb.index > position && KOREAN_GOAL.test(piece.slice(position));
}

/** "back to MS", "to MS": an English party written as where the money arrives. */
const ENGLISH_GOAL = /\b(?:back )?(?:to|into|at) (?:\S+ )?$/u;

/** Whether the party named in the piece is where the money goes ("마소로", "back to MS"). */
function arrivesAt(
  piece: string,
  scope: { readonly entities: readonly { readonly id: string; readonly position: number }[] },
  party: string,
): boolean {
  const position = scope.entities.find((entity) => entity.id === party)?.position ?? -1;
  if (position < 0) return false;
  return KOREAN_GOAL.test(piece.slice(position)) || ENGLISH_GOAL.test(piece.slice(0, position));
}

export function legsClaimAnswer(
  index: KnowledgeIndex,
  normalized: string,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  // Without money said to come back or a loop named, only a chain of two-party clauses and no
  // figure ("nvidia pays microsoft, microsoft pays anthropic…, right?"): a claim with figures
  // ("NVIDIA put in 10 and Microsoft 5, right?") is checked figure by figure elsewhere.
  const round = BACK.test(normalized) || LOOP.test(normalized);
  const figures = analysis.terms.some((term) => term.kind === "amount");
  if (!round && (figures || !CHAIN.test(normalized))) return undefined;
  // "nvda + msft -> anthropic, how much in total fr?" asks for a figure, whatever its tag.
  // "Is A a customer of B, or is B a customer of A?" asks which, not whether. A path written with
  // arrows ("마소→엔비디아→앤트로픽") is read step by step by the path claim.
  // "MSFT + NVDA into anthropic, total?": a total asked is a sum, not legs claimed.
  if (
    hasQuestionWord(normalized) ||
    asksWhich(normalized) ||
    ARROW.test(normalized) ||
    TOTAL_ASKED.test(normalized)
  ) {
    return undefined;
  }
  if (!analysis.asksToConfirm && !/[?？]\s*$/u.test(normalized)) return undefined;
  // "NVIDIA put more into Anthropic than Microsoft did": two payers set against each other, no
  // leg from one to the other.
  if (payersOfOne(analysis)) return undefined;
  // "The 'A pays B, B pays C' line is Nadella's, yes?": who said the legs is what is claimed.
  if (attributesQuote(normalized)) return undefined;
  // Every leg is made by a piece naming two of the flows' parties, or by one after such a piece:
  // a claim naming fewer than two of them in all makes none (its pieces are not read).
  if (flowPartiesNamed(index.knowledge, analysis) < 2) return undefined;
  const legs = readLegs(index, normalized, !round);
  if (!legs || legs.length < 2) return undefined;
  const { knowledge } = index;
  const failed = legs.map((leg) => checkLeg(knowledge, leg)).find((reason) => reason !== "");
  const pairs = new Set(legs.map((leg) => [leg.from, leg.to].sort().join("\u0000")));
  const shown = knowledge.flows.flows.filter((flow) =>
    pairs.has([flow.from, flow.to].sort().join("\u0000")),
  );
  if (shown.length === 0) return undefined;
  const words = verdictWords[language];
  const steps = shown.map((flow) => flowStep(knowledge, language, flow)).join("; ");
  // Two parties paying each other back is the loop's round trip too ("pays A so A pays it back"),
  // wherever in the claim the money comes back.
  const roundTrip = legs.some((leg) =>
    legs.some((other) => other.from === leg.to && other.to === leg.from),
  );
  const cycle = legs.at(-1)?.to === legs[0]?.from || roundTrip || LOOP.test(normalized);
  const loop =
    cycle && (new Set(legs.flatMap((leg) => [leg.from, leg.to])).size > 2 || roundTrip)
      ? knowledge.facts.find((fact) => fact.id === knowledge.flows.loop?.fact)
      : undefined;
  const head =
    failed === undefined
      ? `${words.yes}${language === "ko" ? ", " : ": "}${steps}.${loop ? ` ${loop.statement[language]}` : ""}`
      : `${words.no}${language === "ko" ? ", " : ": "}${failed}. ${steps}.`;
  return flowsAnswer(knowledge, language, shown, head);

  function checkLeg(knowledge: Knowledge, leg: Leg): string {
    const way = knowledge.flows.flows.filter(
      (flow) => flow.from === leg.from && flow.to === leg.to,
    );
    const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
    if (way.length === 0) {
      return language === "ko"
        ? `${name(leg.from)}에서 ${name(leg.to)}${hasFinalConsonant(name(leg.to)) ? "으로" : "로"} 가는 돈은 없어요`
        : `nothing goes from ${name(leg.from)} to ${name(leg.to)}`;
    }
    if (leg.relation === undefined) return "";
    if (way.some((flow) => factRelation(knowledge, flow) === leg.relation)) return "";
    // "Microsoft buys NVIDIA systems to build that capacity": "capacity" names the compute deal,
    // whose words ("hardware") name what this payment buys ("systems"): the leg is this payment.
    const concepts =
      knowledge.scope.relations.find((relation) => relation.id === leg.relation)?.concepts ?? [];
    const things = flowThings(index);
    if (way.some((flow) => concepts.some((concept) => things.get(flow.id)?.has(`c:${concept}`)))) {
      return "";
    }
    const [actual] = way;
    if (!actual) return "";
    const label = knowledge.scope.relations.find((relation) => relation.id === leg.relation)?.label;
    const what = `${actual.what[language]}${actual.figure ? ` (${formatFigure(actual.figure, language)})` : ""}`;
    const path = `${name(leg.from)} → ${name(leg.to)}`;
    if (language === "ko") {
      const relationWord = label?.ko ?? "";
      return `${path}${hasFinalConsonant(name(leg.to)) ? "은" : "는"} ${withParticle(relationWord, "이", "가")} 아니라 ${what}예요`;
    }
    return `${path} is ${what}, not ${label?.en ?? "that"}`;
  }
}

/** How many of the money flows' parties a text names (each counted once). */
function flowPartiesNamed(knowledge: Knowledge, analysis: Analysis): number {
  const named = new Set<string>();
  for (const term of analysis.terms) {
    if (term.kind !== "concept") continue;
    const id = term.features[0]?.slice(2) ?? "";
    if (flowParties(knowledge).has(id)) named.add(id);
  }
  return named.size;
}

/** The relation of the fact a flow rests on. */
function factRelation(knowledge: Knowledge, flow: Flow): string | undefined {
  return factOfFlow(knowledge, flow)?.relation;
}

/**
 * The legs a claim names, in order, or undefined when a piece of it names an outside party or a
 * single party with no money coming back (then it is not a claim of legs).
 */
function readLegs(index: KnowledgeIndex, normalized: string, strict: boolean): Leg[] | undefined {
  const { knowledge } = index;
  // Relations some payment is of: a leg naming one says what the money is ("invests back").
  const moneyRelations = new Set(
    knowledge.flows.flows.flatMap((flow) => {
      const relation = factRelation(knowledge, flow);
      return relation ? [relation] : [];
    }),
  );
  const legs: Leg[] = [];
  // Who the last leg's piece was about (its payer, or the one receiving): a later piece that
  // names only where money goes ("…마소한테 돈 받고 또 마소 애저에 돈 쓰는") has it as its payer.
  let topic: string | undefined;
  let pending = "";
  const pieces = normalized.split(LEG_BREAK).filter((piece) => piece.trim() !== "");
  for (const [at, written] of pieces.entries()) {
    const piece = pending === "" ? written : `${pending} ${written}`;
    const analysis = index.analyze(piece);
    // Only who each piece names: the relations it asks are read for a leg's money below.
    const scope = readNamed(knowledge, analysis, piece, () => false);
    if (scope.entities.some((entity) => entity.outside)) return undefined;
    // Only the flows' parties: "마소 애저" names Microsoft's cloud, not a party money goes to.
    const parties = scope.entities
      .filter((entity) => flowParties(knowledge).has(entity.id))
      .sort((a, b) => a.position - b.position)
      .map((entity) => entity.id);
    // "…and also pays Microsoft", "또 마소 애저에 돈 쓰는": only where the money goes, after a
    // piece about its payer; the payer is that piece's.
    const [only] = parties;
    if (
      parties.length === 1 &&
      only !== undefined &&
      topic !== undefined &&
      topic !== only &&
      !RECEIVES.test(piece) &&
      paidTo(piece, scope.entities.find((entity) => entity.id === only)?.position ?? -1)
    ) {
      legs.push({ from: topic, to: only });
      pending = "";
      continue;
    }
    // A chain with no money coming back: every leg names both its parties.
    if (strict && parties.length === 1) return undefined;
    // "앤트로픽이 / 다시 엔비에 투자하는": a lone party before the next piece is its subject.
    const before = legs.at(-1);
    // "…and anthropic turns around / and invests in nvidia": the party the money reached acts next.
    const subjectOnly = !BACK.test(piece) || parties[0] === before?.to;
    if (parties.length === 1 && subjectOnly && at < pieces.length - 1) {
      pending = piece;
      continue;
    }
    pending = "";
    // "pays", "gives money": any payment. Only a word of one kind of money ("invests back")
    // says what the leg's money is.
    // Read only for a leg the piece makes: a piece of no party makes none, and most claims end
    // at their first piece.
    let relation: string | undefined | null = null;
    const withRelation = (leg: { from: string; to: string }): Leg => {
      if (relation === null) {
        const specific = piece.replace(ANY_PAYMENT, " ");
        relation = readRelations(knowledge, index.analyze(specific)).relations.find((named) =>
          moneyRelations.has(named.id),
        )?.id;
      }
      return relation === undefined ? leg : { ...leg, relation };
    };
    if (parties.length >= 2) {
      const last = parties.at(-1) as string;
      const others = parties.slice(0, -1);
      if (RECEIVES.test(piece)) {
        const [first = last, ...rest] = parties;
        for (const from of rest) legs.push(withRelation({ from, to: first }));
        topic = first;
      } else {
        for (const from of others) legs.push(withRelation({ from, to: last }));
        topic = others[0];
      }
    } else if (BACK.test(piece) && before) {
      // "…다시 마소로 돌아오는", "…gives it right back (to MS)": from where the last leg ended.
      const [party] = parties;
      // "…앤트가 마소 클라우드 쓰면 결국 돈이 다시 마소로 돌아오는": the money arriving where the
      // last leg already took it restates that leg; it is no new leg the other way.
      if (party !== undefined && party === before.to && arrivesAt(piece, scope, party)) continue;
      // "…, 이게 요새 말하는 돌려막기 비슷한 거죠?": a piece naming the loop alone labels the legs.
      if (party === undefined && LOOP.test(piece)) continue;
      const leg =
        party === undefined || party === before.to
          ? { from: before.to, to: before.from }
          : { from: before.to, to: party };
      legs.push(withRelation(leg));
    } else if (parties.length === 1) {
      return undefined;
    }
  }
  return legs;
}
