/**
 * The figures a confirmation claims ("NVIDIA put in 10 billion and Microsoft 5, right?"): read
 * from the question with their parties and direction, and checked against the facts' figures,
 * the article's wrong ones and the money going the other way.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { datedNumbers, isYearNumber } from "../../search/dated-numbers.ts";
import { monthsNamed } from "../../search/dates.ts";
import { findAmounts } from "../../search/numbers.ts";
import {
  writtenAsAgent,
  writtenAsReceiver,
  writtenAsRecipient,
  writtenAsSource,
} from "./claim-direction.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import { partiesDenied } from "./exclusive.ts";
import { hedgedAmountKeys, statedAmountNear } from "./hedged-figures.ts";
import type { QuestionScope } from "./scope.ts";

/** The claim is about what the article says ("the $30 billion in the intro"). */
export const ABOUT_ARTICLE =
  /\b(?:article|intro|introduction|headline|lede|lead paragraph|the piece|the post|the story)\b|기사|도입부|헤드라인|제목|첫 문단/u;

export interface Claim {
  /** The parties of the figure, the one that pays first. */
  readonly entities: readonly string[];
  /** The parties written as the ones the money goes to ("into Anthropic", "앤트로픽한테"). */
  readonly recipients: readonly string[];
  /** Who pays is written as such: two parties, or one as the subject of a verb of paying. */
  readonly agentWritten: boolean;
  readonly value: number;
  readonly unit: "USD" | "GW" | "percent";
  /** Written in won ("100억 원"): the facts' money is in dollars, so never the same figure. */
  readonly inWon?: boolean;
}

/** Figures claimed, each with the entities named just before it. */
export function readClaims(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): Claim[] {
  // No amount, no claimed figure: a number word is a figure only after an amount set its scale.
  // Most claims name none ("Amazon is still a partner, right?"): their parties' places in the
  // sentence are not read.
  if (!analysis.terms.some((term) => term.kind === "amount")) return [];
  // "Microsoft's official press release": the one who published, not a party of the figure.
  // "paying Anthropic $30B for Claude access", "buying $30B of Claude": what is paid for, not a
  // party of the figure.
  const named = scope.entities.filter(
    (e) =>
      !e.outside &&
      !PUBLISHER.test(analysis.normalized.slice(e.position)) &&
      !(PAID_FOR.test(analysis.normalized.slice(0, e.position)) && unpricedThing(knowledge, e.id)),
  );
  const entityIds = new Set(named.map((e) => e.id));
  const sourceIds = new Set(
    named.filter((entity) => writtenAsSource(analysis.normalized, entity)).map((e) => e.id),
  );
  const recipientIds = new Set(
    named
      .filter(
        (entity) =>
          (writtenAsRecipient(analysis.normalized, entity) && !sourceIds.has(entity.id)) ||
          // "Microsoft gets $30B from Anthropic": the one who gets it is paid; not the subject
          // of a verb of paying ("Microsoft pays 5 billion but gets back 30 from Anthropic"):
          // that one pays its own figure.
          (sourceIds.size > 0 &&
            !sourceIds.has(entity.id) &&
            !writtenAsAgent(analysis.normalized, entity)),
      )
      .map((e) => e.id),
  );
  // "Anthropic gets up to 15 and spends 30": paid, for money (it "gets" compute it pays for).
  const receiverIds = new Set(
    named.filter((entity) => writtenAsReceiver(analysis.normalized, entity)).map((e) => e.id),
  );
  const claim = (entities: readonly string[], value: number, unit: Claim["unit"]): Claim => {
    const recipients = entities.filter(
      (id) => recipientIds.has(id) || (unit === "USD" && receiverIds.has(id)),
    );
    // The payer first: "into Anthropic from Microsoft" claims Microsoft pays.
    const ordered = [...entities.filter((id) => !recipients.includes(id)), ...recipients];
    const agentWritten =
      ordered.length >= 2 ||
      named.some(
        (entity) => entity.id === ordered[0] && writtenAsAgent(analysis.normalized, entity),
      );
    return { entities: ordered, recipients, value, unit, agentWritten };
  };
  const claims: Claim[] = [];
  let pending: string[] = [];
  let scale = 0;
  // "NVIDIA, not Microsoft, put in 10 billion": a party denied is not the figure's.
  const denied = new Set(partiesDenied(analysis.normalized, named));
  // The parties named after each figure, up to the next one ("$5B from Microsoft and $15B from
  // NVIDIA"): when the first figure comes before any party, each figure's parties follow it.
  const following: string[][] = [];
  const deniedFigures = deniedAmounts(analysis.normalized);
  const amountsSeen = new Map<string, number>();
  // The text as written too: the glossary drops "roughly" and "approximately" as filler.
  const hedged = new Set([
    ...hedgedAmountKeys(analysis.normalized),
    ...hedgedAmountKeys(analysis.asWritten ?? ""),
  ]);
  const dated = datedNumbers(analysis.normalized);
  for (const [at, term] of analysis.terms.entries()) {
    const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
    if (id && denied.has(id)) continue;
    if (id && entityIds.has(id)) {
      pending.push(id);
      following.at(-1)?.push(id);
      continue;
    }
    // "…ten billion and Microsoft up to five": a number word after a party or "up to", once a
    // scale is set, is a bare figure in that scale.
    const word = term.kind === "latin" ? NUMBER_WORDS.get(term.text) : undefined;
    // "…$15B, five from Microsoft plus ten from NVIDIA": one before the party it comes from.
    if (
      word !== undefined &&
      scale > 0 &&
      (moneyBefore(analysis.terms[at - 1]) || partyFrom(analysis, at, entityIds))
    ) {
      claims.push(claim(pending, word * scale, "USD"));
      following.push([]);
      pending = [];
      continue;
    }
    if (term.kind !== "amount") continue;
    const amount = /^(\d+(?:\.\d+)?)(gw|%)?$/.exec(term.text);
    if (!amount) continue;
    let value = Number(amount[1]);
    const unit = amount[2] === "gw" ? "GW" : amount[2] === "%" ? "percent" : "USD";
    // "September 2025", "in 2025": a year, never a bare figure taking the scale before it.
    if (unit === "USD" && value < 1e6 && isYearNumber(amount[1] ?? "")) continue;
    // "1830억 달러, 9월 기준": a month, a day or a year, never a bare figure either.
    if (unit === "USD" && value < 1e6 && dated.has(amount[1] ?? "")) continue;
    // "오천만 달러 말고 오십억 달러": a figure set aside, not claimed.
    if (setAside(analysis.terms, at)) continue;
    // "only up to fifteen billion, not thirty": a figure after "not" is denied, not claimed.
    const written = amountsSeen.get(term.text) ?? 0;
    amountsSeen.set(term.text, written + 1);
    if (deniedFigures.get(term.text)?.[written]) continue;
    // "0 개수 맞죠?", "count the 0s": a bare zero is a digit talked about, never a figure.
    if (unit === "USD" && value === 0) continue;
    if (unit === "USD") {
      // "10 billion and Microsoft 5": a bare number takes the scale of the one before.
      if (value >= 1e6) scale = scaleOf(value, analysis.normalized);
      else if (scale > 0) value *= scale;
      // "NVIDIA put in 5 and Microsoft 10", "gets up to 15 and spends 30": bare numbers, in
      // billions when that is a figure of the facts.
      else if (
        value >= 1 &&
        ((usdFigures(knowledge).has(value * 1e9) && moneyBefore(analysis.terms[at - 1])) ||
          // "thirty bucks of Azure compute", "fifty big ones": a bare number said as dollars is
          // in billions where the facts' money is.
          (value < 1000 &&
            analysis.terms[at + 1]?.text === "usd" &&
            [...usdFigures(knowledge)].some((figure) => figure >= 1e9 && figure < 1e12)))
      ) {
        scale = 1e9;
        value *= scale;
      } else continue;
      // "about 180 billion": a hedged figure claims the stated one it is close to.
      if (hedged.has(term.text)) value = statedAmountNear(knowledge, value) ?? value;
    }
    const made = claim(pending, value, unit);
    claims.push(unit === "USD" && inWon(analysis.terms[at + 1]) ? { ...made, inWon: true } : made);
    following.push([]);
    pending = [];
  }
  const [first] = claims;
  if (
    claims.length > 1 &&
    first?.entities.length === 0 &&
    following.filter((ids) => ids.length > 0).length > 1
  ) {
    return claims.map((each, at) => claim(following[at] ?? [], each.value, each.unit));
  }
  // "15 billion from NVIDIA?": names after the only figure belong to it; "…$13 billion in
  // OpenAI": names after the last figure are its other parties.
  const [only] = claims;
  if (claims.length === 1 && only && only.entities.length === 0 && pending.length > 0) {
    return [claim(pending, only.value, only.unit)];
  }
  const last = claims.at(-1);
  if (last && pending.length > 0) {
    const others = pending.filter((id) => !last.entities.includes(id));
    claims[claims.length - 1] = claim([...last.entities, ...others], last.value, last.unit);
  }
  // "마소랑 엔비디아가 각각 50억, 100억": the figures go to the payers in order.
  const [head, ...rest] = claims;
  const headPayers = head?.entities.filter((id) => !head.recipients.includes(id)) ?? [];
  if (
    head &&
    rest.length > 0 &&
    headPayers.length === claims.length &&
    rest.every((later) => later.entities.length === 0 && later.unit === head.unit)
  ) {
    return claims.map((each, at) =>
      claim([headPayers[at] as string, ...head.recipients], each.value, each.unit),
    );
  }
  // "NVIDIA and Microsoft each put in 15 billion": the figure is claimed of each payer alone.
  if (!EACH.test(analysis.normalized)) return claims;
  return claims.flatMap((each) => {
    const payers = each.entities.filter((id) => !each.recipients.includes(id));
    if (payers.length < 2) return [each];
    return payers.map((payer) => claim([payer, ...each.recipients], each.value, each.unit));
  });
}

/**
 * The name of a party of a claimed figure that no fact with a figure of that unit involves (the
 * article itself aside: its figures are the fact checks').
 */
export function partyWithoutFigures(
  knowledge: Knowledge,
  claims: readonly Claim[],
  scope: QuestionScope,
): string | undefined {
  for (const claim of claims) {
    const figures = knowledge.facts.filter((fact) => fact.figure?.unit === claim.unit);
    // A fact sheet whose figures name no parties says nothing of who is in them.
    if (figures.every((fact) => fact.subject.length === 0)) continue;
    const missing = claim.entities.find(
      (id) =>
        id !== "article" &&
        !figures.some((fact) => fact.subject.includes(id) || fact.object.includes(id)),
    );
    const entity = scope.entities.find((candidate) => candidate.id === missing);
    if (entity) return entity.name.en;
  }
  return undefined;
}

/** The verdict with the fact of the payers' total added, when the claims name each payer. */
export function withTotal(
  knowledge: Knowledge,
  verdict: ConfirmationVerdict,
  claims: readonly Claim[],
): ConfirmationVerdict {
  const payers = new Set(
    claims.flatMap((claim) => claim.entities.filter((id) => !claim.recipients.includes(id))),
  );
  if (payers.size < 2) return verdict;
  const total = knowledge.facts.find(
    (fact) =>
      fact.kind !== "correction" &&
      fact.figure !== undefined &&
      fact.subject.length === payers.size &&
      fact.subject.every((id) => payers.has(id)),
  );
  return total && !verdict.facts.includes(total)
    ? { ...verdict, facts: [...verdict.facts, total] }
    : verdict;
}

/** A party or a word of money right before a bare number ("NVIDIA 10", "spends 30", "최대 15"). */
/** English number words a bare figure is written with ("Microsoft five"). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  "one two three four five six seven eight nine ten"
    .split(" ")
    .map((text, at): [string, number] => [text, at + 1])
    .concat([
      ["fifteen", 15],
      ["twenty", 20],
      ["thirty", 30],
      ["fifty", 50],
    ]),
);

/** "five from Microsoft": the number word's party follows it, after "from" or "by". */
function partyFrom(analysis: Analysis, at: number, parties: ReadonlySet<string>): boolean {
  const next = analysis.terms[at + 1];
  const id = next?.kind === "concept" ? next.features[0]?.slice(2) : undefined;
  if (id === undefined || !parties.has(id)) return false;
  const word = analysis.terms[at]?.text ?? "";
  const text = analysis.normalized;
  return text.includes(`${word} from `) || text.includes(`${word} by `);
}

/** The currency word the tokenizer puts after an amount written in won ("100억 원" → "krw"). */
function inWon(term: Analysis["terms"][number] | undefined): boolean {
  return term?.text === "krw";
}

function moneyBefore(term: Analysis["terms"][number] | undefined): boolean {
  return term !== undefined && (term.entity !== undefined || MONEY_WORD.test(term.text));
}

const MONEY_WORD =
  /^(?:up to|put in|puts in|putting in|in for|spends?|spent|spending|gets?|got|getting|invest\w*|pays?|paid|gives?|gave|receiv\w*|raised?|최대|넣\p{L}*|투자\p{L}*|받\p{L}*|쓰\p{L}*|씀|썼\p{L}*|지원\p{L}*)$/u;

/** The dollar figures the facts give (fact checks' too: "30" is a figure people repeat). */
const usdFigures = oncePerKnowledge(
  (knowledge): ReadonlySet<number> =>
    new Set(
      knowledge.facts.flatMap((fact) => (fact.figure?.unit === "USD" ? [fact.figure.value] : [])),
    ),
);

/** A figure claimed of each party alone ("each", "각각", "각자", "50억씩"). */
const EACH = /\beach\b|\bapiece\b|각각|각자|씩/u;

function scaleOf(value: number, text: string): number {
  if (text.includes("억") && value % 1e8 === 0 && value / 1e8 < 1e4) return 1e8;
  for (const scale of [1e12, 1e9, 1e6]) {
    if (value >= scale && value / scale < 1e4) return scale;
  }
  return 1;
}

export function checkFigures(
  allFacts: readonly Fact[],
  claims: readonly Claim[],
  rankedFacts: readonly Fact[],
  scope: QuestionScope,
  wantsTotal: boolean,
  text: string,
  /** Whether the words that asked for the relation are the fact's own too (claim-relation-words). */
  saysRelationWords: (fact: Fact) => boolean = () => false,
): ConfirmationVerdict | undefined {
  const relationIds = new Set(scope.relations.map((relation) => relation.id));
  // "from 183 billion to 350": the figures as the claims read them (the bare 350 in billions,
  // a hedged figure as the one it stands for) beside those written out.
  const written = new Set([...claimsWritten(text), ...claims.map((claim) => claim.value)]);
  const facts: Fact[] = [];
  let agrees = true;
  let reversed = false;
  let claimedFigureOf: Fact | undefined;
  for (const claim of claims) {
    // A correction's figure is the article's wrong one: it never confirms a claim.
    const withUnit = rankedFacts.filter(
      (fact) => fact.figure?.unit === claim.unit && fact.kind !== "correction",
    );
    const preferClaims = (list: readonly Fact[]) => [
      ...list.filter((fact) => fact.kind !== "correction"),
      ...list.filter((fact) => fact.kind === "correction"),
    ];
    // "둘이 합쳐서 앤트로픽에 300억 투자한 거 맞지?": the article's own wrong figure for the
    // relation asked; its fact check answers, not the money going the other way.
    // "기사 말대로 … 300억 투자한 거 맞지?": the article's figure, said as the article's.
    const repeatsCorrection =
      (wantsTotal || ABOUT_ARTICLE.test(text)) &&
      rankedFacts.some(
        (fact) =>
          fact.kind === "correction" &&
          fact.figure?.unit === claim.unit &&
          fact.figure.value === claim.value &&
          fact.relation !== undefined &&
          relationIds.has(fact.relation),
      );
    // Only where the money goes is named ("Is the $30B going into Anthropic?"). Money goes the
    // other way only where a fact has someone it goes to: a valuation goes nowhere ("Anthropic
    // got valued at 350 billion" is its own figure).
    if (claim.entities.length > 0 && claim.recipients.length === claim.entities.length) {
      const same = (fact: Fact) => fact.figure?.value === claim.value;
      const toThem = withUnit.find(
        (fact) => same(fact) && claim.recipients.every((id) => fact.object.includes(id)),
      );
      const fromThem = withUnit.find(
        (fact) =>
          same(fact) &&
          fact.object.length > 0 &&
          claim.recipients.every((id) => fact.subject.includes(id)),
      );
      if ((toThem || fromThem) && (toThem || !repeatsCorrection)) {
        facts.push((toThem ?? fromThem) as Fact);
        if (!toThem) {
          agrees = false;
          reversed = true;
        }
        continue;
      }
    }
    // The party named first pays or invests; the others are in the fact too. A product named
    // first ("the Azure commitment") pays nothing: only a party some fact has as its subject.
    // Capacity has no payer: the parties of a gigawatt claim take part in it, whoever is named
    // first ("NVIDIA's compute on Azure").
    const [named] = claim.entities;
    // "they put 40 billion into Anthropic": a party the money is said to go to pays nothing.
    const payer =
      claim.unit === "USD" &&
      named !== undefined &&
      !claim.recipients.includes(named) &&
      allFacts.some((fact) => fact.subject.includes(named))
        ? named
        : undefined;
    const exactSubject = withUnit.filter(
      (fact) =>
        claim.entities.length > 0 &&
        fact.subject.length === claim.entities.length &&
        claim.entities.every((entity) => fact.subject.includes(entity)),
    );
    const sameSubject =
      exactSubject.length > 0
        ? exactSubject
        : withUnit.filter(
            (fact) =>
              payer !== undefined &&
              fact.subject.includes(payer) &&
              claim.entities.every(
                (entity) => fact.subject.includes(entity) || fact.object.includes(entity),
              ),
          );
    const involving = withUnit.filter(
      (fact) =>
        claim.entities.length > 0 &&
        claim.entities.every(
          (entity) => fact.subject.includes(entity) || fact.object.includes(entity),
        ),
    );
    const ofRelation = (fact: Fact) =>
      relationIds.size === 0 || (fact.relation !== undefined && relationIds.has(fact.relation));
    const hasValue = (list: readonly Fact[]) =>
      list.some((fact) => fact.figure?.value === claim.value);
    // "합쳐서 / in total": the facts about several parties at once. So is a sum claimed of a
    // relation with no party, that no fact holds ("200억 투자라는데 맞아?", "they invested 50
    // billion right?"): it is the deal's, corrected by the total, not by whichever party's fact
    // ranks first.
    const ofTotal = (list: readonly Fact[]) => {
      const ofTheDeal = claim.entities.length === 0 && relationIds.size > 0 && !hasValue(list);
      if ((!wantsTotal && !ofTheDeal) || claim.entities.length === 1) return list;
      const combined = list.filter((fact) => fact.subject.length > 1);
      return combined.length > 0 ? combined : list;
    };
    // The relation's words only prefer: a claim of gigawatts is about the facts in gigawatts.
    const ofRelationOrUnit = withUnit.filter(ofRelation);
    // …and only prefer: "5b + 10b = 15b total commit" is the combined investment's figure.
    const totalElsewhere =
      wantsTotal &&
      !hasValue(ofRelationOrUnit) &&
      hasValue(withUnit.filter((fact) => fact.subject.length > 1));
    const byRelation = ofTotal(
      ofRelationOrUnit.length > 0 && !totalElsewhere ? ofRelationOrUnit : withUnit,
    );
    const related = ofTotal(sameSubject.filter(ofRelation));
    const ofInvolved = ofTotal(involving.filter(ofRelation));
    // "they put 40 billion into Anthropic", "I heard 40 billion went into Anthropic": money said
    // to go to a party, with no payer named, is all that goes to it (the payers' total first).
    const intoThem =
      payer === undefined &&
      claim.entities.length > 0 &&
      claim.recipients.length === claim.entities.length
        ? withUnit.filter(
            (fact) => ofRelation(fact) && claim.recipients.every((id) => fact.object.includes(id)),
          )
        : [];
    const jointInto = intoThem.filter((fact) => fact.subject.length > 1);
    const candidates = preferClaims(
      intoThem.length > 0
        ? jointInto.length > 0 && !hasValue(intoThem)
          ? jointInto
          : intoThem
        : related.length > 0
          ? related
          : sameSubject.length > 0 && relationIds.size === 0
            ? sameSubject
            : claim.entities.length > 0 && payer === undefined && ofInvolved.length > 0
              ? ofInvolved
              : claim.entities.length > 0
                ? []
                : byRelation,
    );
    // "Is the $30 billion in the intro right?": a figure claimed of the article is checked against
    // the article's fact checks first.
    const matching = ABOUT_ARTICLE.test(text)
      ? undefined
      : candidates.find((fact) => fact.figure?.value === claim.value);
    // "NVIDIA is writing a $15B check": one payer claimed with the figure of several together
    // is a no, with that payer's own fact of the same relation.
    const alone =
      matching && !wantsTotal ? ownInsteadOfJoint(matching, claim, candidates, text) : undefined;
    if (matching && alone) {
      facts.push(alone);
      agrees = false;
      claimedFigureOf ??= matching;
      continue;
    }
    if (matching) {
      facts.push(matching);
      if (atOtherTime(matching, claim, text, written) || claim.inWon) agrees = false;
      continue;
    }
    // The figure belongs to the same parties, but the money flows the other way. Only money
    // flows: capacity has no payer ("the 1 GW of NVIDIA compute runs on Azure" names whose
    // systems, not who pays).
    const other = preferClaims(involving).find(
      (fact) =>
        claim.unit === "USD" &&
        !(repeatsCorrection && claim.recipients.length === claim.entities.length) &&
        fact.figure?.value === claim.value &&
        ((payer !== undefined &&
          claim.agentWritten &&
          !claim.recipients.includes(payer) &&
          !fact.subject.includes(payer)) ||
          (claim.recipients.length > 0 &&
            claim.recipients.every((entity) => fact.subject.includes(entity)))),
    );
    if (other) {
      facts.push(other);
      // What the claimed payer does give the other party, when it gives anything.
      const given = candidates.find((fact) => fact !== other && fact.kind !== "correction");
      if (given && payer !== undefined && given.subject.includes(payer)) facts.push(given);
      agrees = false;
      reversed = true;
      continue;
    }
    // The article's own wrong figure ("300억 투자라고?"): the fact check that corrects it.
    const corrected = rankedFacts.find(
      (fact) =>
        fact.kind === "correction" &&
        fact.figure?.unit === claim.unit &&
        fact.figure.value === claim.value &&
        ofRelation(fact) &&
        claim.entities.every(
          (entity) =>
            fact.subject.includes(entity) ||
            // "앤트로픽에 300억": the one it is said to go to.
            (claim.recipients.includes(entity) && fact.object.includes(entity)),
        ),
    );
    if (
      corrected &&
      (claim.entities.length > 0 ||
        ABOUT_ARTICLE.test(text) ||
        !candidates.some(statesFigure(claim, text, written)))
    ) {
      // The right figure first (the fact the correction is about), then the correction.
      const truth = withUnit.find(
        (fact) =>
          fact.relation === corrected.relation &&
          fact.subject.length === corrected.subject.length &&
          fact.subject.every((entity) => corrected.subject.includes(entity)),
      );
      if (truth) facts.push(truth);
      facts.push(corrected);
      agrees = false;
      continue;
    }
    // "It's NVIDIA that's buying $30B of Azure capacity": the figure and what it buys are
    // another party's: a no, with that party's fact.
    if (candidates.length === 0 && sameSubject.length === 0 && payer !== undefined) {
      const others = claim.entities.filter((id) => id !== payer);
      const ofAnother = withUnit.find(
        (fact) =>
          fact.figure?.value === claim.value &&
          !fact.subject.includes(payer) &&
          others.length > 0 &&
          others.every((id) => fact.object.includes(id)),
      );
      if (ofAnother) {
        facts.push(ofAnother);
        agrees = false;
        continue;
      }
    }
    if (candidates.length === 0) candidates.push(...preferClaims(sameSubject));
    // Only an object named ("애저 구매 약정 3000억"): the facts it takes part in.
    if (candidates.length === 0) candidates.push(...preferClaims(involving));
    // A fact sheet whose figures name no parties: every figure of the unit is a candidate.
    if (candidates.length === 0 && withUnit.every((fact) => fact.subject.length === 0)) {
      candidates.push(...preferClaims(byRelation));
    }
    // A figure the fact states beside its own, in the same context ("in September: $183B").
    // "183 billion back in September?", no party named: the fact that states it beside its own
    // in the month the claim names, whatever ranked first ("back" read as backing is no relation
    // that the figure could be of).
    const states = statesFigure(claim, text, written);
    const inContext =
      candidates.find(states) ??
      (claim.entities.length === 0 && !hasValue(candidates)
        ? allFacts.find(
            (fact) => fact.kind !== "correction" && states(fact) && sharesMonth(fact, text),
          )
        : undefined);
    if (inContext) {
      facts.push(inContext);
      continue;
    }
    // The relation's words only prefer: the same parties' fact with the claimed figure settles
    // it ("Microsoft committed up to five billion" is its investment, a yes).
    const sameFigure = candidates.find((fact) => fact.figure?.value === claim.value);
    if (sameFigure) {
      facts.push(sameFigure);
      if (atOtherTime(sameFigure, claim, text, written) || claim.inWon) agrees = false;
      // "Anthropic is investing $30B in Microsoft": the figure is the payer's, but of another
      // relation, and the relation claimed goes the other way between them (Microsoft invests
      // in Anthropic): what the payer does is not that. Only a relation with figures of the
      // claim's unit can be what the figure is: "마소 클라우드에 300억 쓰는" names a cloud
      // (where Claude is available), not what the money is. Nor is a relation asked by words
      // the figure's fact says too ("Microsoft committed $5B to Anthropic": its investment).
      const others = claim.entities.filter((id) => id !== payer);
      const figureRelations = relationsWithFigures(allFacts, claim.unit, relationIds);
      if (
        payer !== undefined &&
        others.length > 0 &&
        !relationIds.has(sameFigure.relation ?? "") &&
        allFacts.some(
          (fact) =>
            fact.kind !== "correction" &&
            figureRelations.has(fact.relation ?? "") &&
            fact.object.includes(payer) &&
            others.some((id) => fact.subject.includes(id)),
        ) &&
        !saysRelationWords(sameFigure)
      ) {
        agrees = false;
      }
      continue;
    }
    // One payer named ("got 10 billion from Microsoft"): its own fact before the combined one.
    const payers = claim.entities.filter((id) => !claim.recipients.includes(id));
    const own =
      payers.length === 1 && !wantsTotal
        ? candidates.find(
            (fact) =>
              fact.kind !== "correction" &&
              fact.subject.length === 1 &&
              fact.subject[0] === payers[0],
          )
        : undefined;
    const best = own ?? candidates[0];
    if (!best) return undefined;
    facts.push(best);
    agrees = false;
    claimedFigureOf ??= preferClaims(withUnit).find(
      (fact) => fact.figure?.value === claim.value && fact !== best,
    );
  }
  const unique = [...new Set(facts)];
  return unique.length > 0
    ? { agrees, facts: unique, reversed, ...(claimedFigureOf ? { claimedFigureOf } : {}) }
    : undefined;
}

/** Korean words that set the thing before them aside: "A 말고 B", "A 아니고 B", "A 대신 B". */
/** "not", "rather than", "instead of" just before a figure, or before a word of its kind ("a flat"). */
const DENIES_FIGURE =
  /\b(?:not|rather than|instead of)\s+(?:the\s+|a\s+)?(?:(?:flat|fixed|firm|full|guaranteed|set)\s+)?(?:\$|us\$)?$/u;
const HAS_DENIAL = /\b(?:not|rather than|instead of)\b/u;

/**
 * For each amount (canonical key), whether each time it is written it comes right after "not" or
 * "rather than" (set aside): "up to $10B rather than a flat $10B" claims the first and denies the
 * second.
 */
function deniedAmounts(text: string): ReadonlyMap<string, readonly boolean[]> {
  if (!HAS_DENIAL.test(text)) return NONE;
  const denied = new Map<string, boolean[]>();
  for (const amount of findAmounts(text)) {
    const each = denied.get(amount.key) ?? [];
    each.push(DENIES_FIGURE.test(text.slice(Math.max(0, amount.start - 30), amount.start)));
    denied.set(amount.key, each);
  }
  return denied;
}
const NONE: ReadonlyMap<string, readonly boolean[]> = new Map();

const SET_ASIDE = /^(?:말고|말구|아니고|아니라|아닌|대신|대신에)$/u;

/** Whether the amount at `at` is set aside by the word after it (or after its currency). */
function setAside(terms: Analysis["terms"], at: number): boolean {
  for (const next of terms.slice(at + 1, at + 3)) {
    if (SET_ASIDE.test(next.text)) return true;
    if (next.kind !== "concept" || next.features[0] !== "c:money") return false;
  }
  return false;
}

/** Words that put a party among others: "together", "part of", "합쳐서", "공동". */
const JOINT =
  /\b(?:together|jointly|combined|along with|alongside|part of|share of|joint|both|each|total)\b|합쳐|합해|함께|같이|공동|둘이|총|모두|전체/u;

/**
 * The payer's own fact when a claim names one payer with a figure only a fact about several
 * payers gives (NVIDIA "15 billion" is Microsoft's and NVIDIA's together).
 */
function ownInsteadOfJoint(
  matching: Fact,
  claim: Claim,
  candidates: readonly Fact[],
  text: string,
): Fact | undefined {
  const payers = claim.entities.filter((id) => !claim.recipients.includes(id));
  const [payer] = payers;
  if (payers.length !== 1 || !payer || matching.subject.length < 2 || JOINT.test(text)) {
    return undefined;
  }
  return candidates.find(
    (fact) =>
      fact.kind !== "correction" &&
      fact.relation === matching.relation &&
      fact.subject.length === 1 &&
      fact.subject[0] === payer,
  );
}

/** What a figure pays for: "for Claude access", "$30B (worth) of Claude usage". */
const PAID_FOR =
  /(?:\bfor|[\d$][^\s]*\s+(?:worth\s+)?of|\b(?:billion|million|bn|dollars?)\s+(?:worth\s+)?of)\s+(?:the\s+|its\s+|their\s+)?$/u;

/**
 * A thing of the story's parties (a product, not a party) that no figure of the facts involves:
 * what is paid for ("for Claude access"), which the figures do not price. A thing some figure
 * involves ("for Azure capacity") picks that figure's fact.
 */
function unpricedThing(knowledge: Knowledge, id: string): boolean {
  return (
    !knowledge.manifest.entities.some((entity) => entity.id === id) &&
    !knowledge.facts.some(
      (fact) =>
        fact.figure !== undefined && (fact.subject.includes(id) || fact.object.includes(id)),
    )
  );
}

/** A party's name, then what it published ("microsoft's press release", "마소 공식 발표문"). */
const PUBLISHER =
  /^[^\s']+(?:'s)?\s+(?:own\s+)?(?:official\s+)?(?:press release|release|blog(?: post)?|announcement|statement|website|newsroom)\b|^\S*?(?:의)?\s?(?:공식 ?)?(?:발표문|보도 ?자료|블로그|공식 ?발표)/u;

/** "After the deal", "now", "지금": the claim is about the figure as it stands. */
const NOW = /\b(?:after|now|currently|today|post|latest)\b|이후|후에|지금|현재|이제/u;

/**
 * The fact's own figure claimed at the time of another figure the fact states ("$350B back in
 * September", "before the deal it was $350B" where September's, the earlier one, is $183B): the
 * time the claim gives belongs to the other figure. Not when the claim writes both ("from 183
 * to 350") or also says "now".
 */
function atOtherTime(
  fact: Fact,
  claim: Claim,
  text: string,
  written: ReadonlySet<number>,
): boolean {
  if (claim.unit !== "USD" || fact.figure?.value !== claim.value) return false;
  // Amounts of money only: "9월" and "2025년" are no figure written beside.
  const others = [...amountsStated(fact)].filter(
    (key) => key !== String(claim.value) && Number(key) >= 1e6,
  );
  if (others.length === 0 || NOW.test(text)) return false;
  if (others.some((key) => written.has(Number(key)))) return false;
  const factMonths = monthsNamed(`${fact.statement.en} ${fact.statement.ko}`);
  return [...monthsNamed(text)].some((month) => factMonths.has(month)) || EARLIER.test(text);
}

/** "still", "after the deal", "지금도", "여전히": the claim is about the figure as it stands. */
const STILL_NOW =
  /\b(?:still|after (?:this|the) (?:deal|announcement|news|round)|post-deal|as of now|right now|currently|today)\b|여전히|아직도|지금도|현재도|딜 이후|거래 이후|투자 이후|발표 이후/u;

/** "Before the deal", "이전엔": the claim is about an earlier figure. */
const EARLIER =
  /\b(?:before|previous(?:ly)?|earlier|prior|used to|last round|originally)\b|이전|직전|전에|예전|원래|지난/u;

const statedAmounts = new WeakMap<Fact, Set<string>>();

/** The amounts a fact's statement writes out, its own figure among them. */
function amountsStated(fact: Fact): Set<string> {
  let amounts = statedAmounts.get(fact);
  if (!amounts) {
    amounts = new Set(
      [fact.statement.en, fact.statement.ko].flatMap((text) =>
        findAmounts(text.toLowerCase()).map((amount) => amount.key),
      ),
    );
    statedAmounts.set(fact, amounts);
  }
  return amounts;
}

/**
 * A fact that states the claimed figure beside its own, in the context the claim gives: the
 * same month ("9월엔 1830억 달러였다는데") or an earlier time ("before the deal").
 */
function statesFigure(
  claim: Claim,
  text: string,
  written: ReadonlySet<number>,
): (fact: Fact) => boolean {
  return (fact) => {
    if (claim.unit !== "USD" || fact.figure?.value === claim.value) return false;
    if (!amountsStated(fact).has(String(claim.value))) return false;
    const factMonths = monthsNamed(`${fact.statement.en} ${fact.statement.ko}`);
    // "183B에서 350B로 뛴 거 맞아?": the fact's own figure written beside it, from one to the other.
    const both = fact.figure !== undefined && written.has(fact.figure.value);
    if (both) return true;
    // "a cutting from September says 183B; that's still the figure after this deal?": the
    // earlier figure claimed as the one now is the fact's own figure's place, not its context.
    if (STILL_NOW.test(text)) return false;
    return [...monthsNamed(text)].some((month) => factMonths.has(month)) || EARLIER.test(text);
  };
}

function sharesMonth(fact: Fact, text: string): boolean {
  const factMonths = monthsNamed(`${fact.statement.en} ${fact.statement.ko}`);
  return [...monthsNamed(text)].some((month) => factMonths.has(month));
}

/** The amounts a question writes ("183B" and "350B"). */
function claimsWritten(text: string): Set<number> {
  return new Set(findAmounts(text).map((amount) => Number(amount.key)));
}

/** The relations asked that some fact gives a figure of the unit for (a money relation). */
function relationsWithFigures(
  allFacts: readonly Fact[],
  unit: Claim["unit"],
  relationIds: ReadonlySet<string>,
): ReadonlySet<string> {
  if (relationIds.size === 0) return relationIds;
  const found = new Set<string>();
  for (const fact of allFacts) {
    const relation = fact.relation;
    if (relation !== undefined && relationIds.has(relation) && fact.figure?.unit === unit) {
      found.add(relation);
    }
  }
  return found;
}
