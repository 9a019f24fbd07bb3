/**
 * Comparisons of two figures ("Who put in more, Microsoft or NVIDIA?", "Is the Azure commitment
 * bigger than the total investment?", "마소가 엔비디아보다 더 많이 투자했지?"): the two facts the
 * question names, side by side, the bigger first; a claim of which is bigger gets yes or no first.
 * "Which company invests the most?" compares every party's own figure of that kind.
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { withParticle } from "../../search/korean.ts";
import { findAmounts } from "../../search/numbers.ts";
import { verdictWords } from "../shared/phrases.ts";
import { earlierValue, shareWords } from "./arithmetic.ts";
import { claimedBound } from "./claim-bound.ts";
import { figureKey } from "./figure-key.ts";
import { conclusionStart, namedInConclusion } from "./ratio-premise.ts";
import type { QuestionScope } from "./scope.ts";

const MORE =
  /\b(?:more|bigger|larger|higher|greater|exceeds?|outspends?)\b|더 (?:많|크|커|큰|높)|많이 (?:넣|투자|내|냈)/u;
const LESS = /\b(?:less|smaller|lower|fewer)\b|더 (?:적|작)/u;
/** "the most"; "at most" is a bound ("at most 15 billion"), not a ranking. */
const MOST =
  /(?<!\bat )\b(?:most|biggest|largest|highest|greatest)\b|가장 (?:많|크|큰)|제일 (?:많|크|큰)/u;
/** A superlative over all time, the deal against every other: "ever", "in history", "역대". */
const OF_ALL_TIME =
  /\b(?:ever|in history|of all time|on record|to date)\b|역대|사상 (?:최대|최고|가장)|유사 이래/u;
/**
 * 보다 as "than", not the helper verb of a guess ("그런가 보다", "했나 보다", "갈까 보다": "it seems").
 */
const KOREAN_THAN = "(?<!(?:[가나까]|는가|은가|던가)\\s)보다";
/** "than" of a comparison: "rather than" and "other than" set a thing aside or exclude it. */
const ENGLISH_THAN = "(?<!\\b(?:rather|other) )than";
const COMPARE = new RegExp(
  `\\b(?:compare[sd]?|comparison|comparing|versus|vs\\.?|${ENGLISH_THAN})\\b|${KOREAN_THAN}|비교|(?:누가|어디가|어느 (?:쪽|회사)이?가?) (?:더|많이)`,
  "u",
);

/** Where "than" or 보다 (as "than") is written. */
const THAN = new RegExp(`\\b${ENGLISH_THAN}\\b|${KOREAN_THAN}`, "u");

/** Whether one side is set against another by "than" or 보다 ("more into Anthropic than MS"). */
function comparesWithThan(text: string): boolean {
  return THAN.test(text) && (MORE.test(text) || LESS.test(text));
}

/**
 * "NVIDIA put more into Anthropic than Microsoft did", "엔비가 마소보다 앤트한테 더 많이 넣은
 * 거": three parties named once each and set against each other by "than": two payers of the
 * third. Not a sum against a payment back ("A와 B가 C에 주는 돈의 합과, C가 A에 주는 돈"), which
 * names a party twice.
 */
export function payersOfOne(analysis: Analysis): boolean {
  if (!comparesWithThan(analysis.normalized)) return false;
  const named = analysis.terms.filter((term) => term.entity !== undefined);
  return named.length === 3 && new Set(named.map((term) => term.entity)).size === 3;
}

/** A comparative of size, said of one side ("NVIDIA's the bigger check"). */
const SIZE_WORD = /\b(?:bigger|larger|greater|higher|smaller|lower)\b/u;

const SIDE_OF_MONEY = /\b(?:receiv\w*|gets?|got|net|back)\b|받|돌려|순(?:수|이익)?/u;

/**
 * "Who gets more money out of this, A or B?", "돈을 더 많이 받는 쪽은 A야 B야?": what each party
 * takes in, not what it pays.
 */
const RECEIVES =
  /\b(?:receiv\w*|gets?|got|getting|rakes? in|takes? in)\b|받는|받은|받아|받을|받았|받냐|받지/u;
/** …asked as which of the two ("who", "A or B", "어느 쪽", "A야 B야"). */
const WHICH_OF_TWO = /\b(?:who|which|or)\b|누가|누구|어느|어디가|아니면|쪽(?:은|이)|야 \S+야/u;
/** "more from A than it gives to A": one party's money in against its money out, not two sides. */
const PAYS_TOO =
  /\b(?:gives?|giving|gave|pays?|paying|paid|spends?|spent|puts? in|invests?)\b|주는|내는|넣는|쓰는|준 |낸 |넣은/u;

const OVER_TIME =
  /\b(?:before|back in|previous(?:ly)?|earlier|used to|last (?:year|round)|sept(?:ember)?|then)\b|이전|전에|전엔|예전|원래|9월/u;

export interface FigureComparison {
  /** The bigger first (one fact when a measure is compared with its own earlier figure). */
  readonly facts: readonly [Fact, ...Fact[]];
  readonly head: string;
}

interface Item {
  readonly fact: Fact;
  /** Where the question names it (for "A than B": which one is claimed bigger). */
  readonly position: number;
}

/**
 * The comparison a question asks for, or undefined when it does not compare two figures the
 * knowledge has (same unit, neither a fact check).
 */
export function compareFigures(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
  language: Language,
): FigureComparison | undefined {
  const text = analysis.normalized;
  // "NVIDIA's investment is double Microsoft's, isn't it?": a ratio claimed is ratioClaimed's,
  // which the answerer asks first; when it has no answer, no comparison of the figures stands in.
  if (factorClaimed(analysis) !== undefined) return undefined;
  // "Biggest AI deal EVER", "역대 최대 투자": the deal against all others, not one party against
  // another.
  const most = MOST.test(text) && !OF_ALL_TIME.test(text);
  if (!most && !COMPARE.test(text) && !MORE.test(text) && !LESS.test(text)) return undefined;
  // "now vs back in September": one figure over time, which its own fact states.
  if (OVER_TIME.test(text)) return undefined;
  const figures = rankedFacts.filter(
    (fact) => fact.figure !== undefined && fact.kind !== "correction",
  );
  // Another company, or a measure no fact has ("market cap"): not covered, not compared.
  if (scope.entities.some((entity) => entity.outside) || scope.outsideRelations.length > 0) {
    return undefined;
  }
  // "So NVIDIA's the bigger backer, yeah?", "Is Microsoft the biggest investor?": one party
  // claimed bigger than the others, with no "than": every party's own figure of that kind.
  const named = scope.entities.filter((entity) => !entity.outside);
  const oneClaimed =
    named.length === 1 &&
    !COMPARE.test(text) &&
    (most || MORE.test(text) || LESS.test(text)) &&
    // "받는 돈이 더 많아?": what the party gets against what it pays, not against the others.
    !SIDE_OF_MONEY.test(text) &&
    (analysis.asksToConfirm || !hasQuestionWord(text));
  // Two parties asked which takes in more: each one's money in, the broadest figure paid to it;
  // what each pays is no answer to it, so a party with no money in figured compares nothing.
  if (
    !most &&
    !oneClaimed &&
    named.length === 2 &&
    RECEIVES.test(text) &&
    WHICH_OF_TWO.test(text) &&
    !PAYS_TOO.test(text)
  ) {
    const received = inflows(knowledge, named);
    return received && receivedSentence(knowledge, language, received);
  }
  const items =
    most || oneClaimed
      ? everyPartysOwn(knowledge, text, figures, scope)
      : withoutCommonReceiver(analysis, itemsNamed(knowledge, text, scope, figures));
  // Every party named takes part in what is compared ("OpenAI's biggest investor" is not this).
  const involved = (id: string) =>
    items.some((item) => item.fact.subject.includes(id) || item.fact.object.includes(id));
  if (!scope.entities.every((entity) => involved(entity.id))) return undefined;
  const [first, second] = items;
  if (!first || !second || (items.length > 2 && !most)) return undefined;
  // "Together they didn't put in more than 15 billion, did they?", "150억 넘게 넣었지?": a bound
  // on one figure that none of the sides holds (their sum's) is checked as a bound, not as one
  // side against the other.
  if (claimedBound(text) !== undefined) {
    const amounts = analysis.terms.filter((term) => term.kind === "amount");
    const [only] = amounts;
    if (
      amounts.length === 1 &&
      only &&
      !items.some((item) => String(item.fact.figure?.value) === only.text)
    ) {
      return undefined;
    }
  }
  const unit = first.fact.figure?.unit;
  // Money against capacity ("$10 billion compared with 1 GW"): side by side, neither bigger.
  if (!items.every((item) => item.fact.figure?.unit === unit)) {
    if (items.length !== 2 || most) return undefined;
    const head = `${first.fact.statement[language]} ${second.fact.statement[language]}`;
    return { facts: [first.fact, second.fact], head };
  }
  const sorted = [...items].sort(
    (a, b) => (b.fact.figure?.value ?? 0) - (a.fact.figure?.value ?? 0),
  );
  const [big, small] = sorted as [Item, Item];
  if (big.fact.figure?.value === small.fact.figure?.value) return undefined;
  // A claim of which is bigger: tagged, or a yes/no question with no question word ("…보다 많아?").
  const yesNo = analysis.asksToConfirm || (!hasQuestionWord(text) && /[?？]\s*$/u.test(text));
  const claimed = oneClaimed
    ? items.find((item) => named.some((party) => item.fact.subject.includes(party.id)))
    : undefined;
  const verdict = claimed
    ? (claimed.fact === big.fact) === !LESS.test(text)
    : yesNo && !most
      ? claimVerdict(knowledge, text, items, big, analysis.asksToConfirm)
      : undefined;
  const opening =
    verdict === undefined ? "" : verdict ? verdictWords[language].yes : verdictWords[language].no;
  return { facts: [big.fact, small.fact], head: sentence(language, opening, big.fact, small.fact) };
}

/**
 * "NVIDIA put more into Anthropic than Microsoft did" (payersOfOne): the party both others pay is
 * where the money goes, not a third side; its own figure (what it spends) is no item compared.
 */
function withoutCommonReceiver(analysis: Analysis, items: Item[]): Item[] {
  if (items.length <= 2 || !payersOfOne(analysis)) return items;
  const paidByTwo = (party: string) =>
    items.filter((item) => item.fact.object.includes(party)).length >= 2;
  const receiver = items.flatMap((item) => item.fact.object).find(paidByTwo);
  if (receiver === undefined) return items;
  return items.filter((item) => !item.fact.subject.includes(receiver));
}

/** The figures the question names: each party's own, then each relation's asked. */
function itemsNamed(
  knowledge: Knowledge,
  text: string,
  scope: QuestionScope,
  figures: readonly Fact[],
): Item[] {
  const relations = scope.relations.map((relation) => relation.id);
  const items: Item[] = [];
  for (const entity of scope.entities) {
    if (entity.outside) continue;
    const own = figures.filter(
      (fact) => fact.subject.length === 1 && fact.subject[0] === entity.id,
    );
    // Of the kind asked, when the question names one ("Anthropic's Azure spend").
    // The one of the kind asked that involves the other parties named ("Anthropic commits to
    // NVIDIA hardware" is the compute), else the one of the kind asked, else its first.
    const others = scope.entities.filter((other) => other !== entity && !other.outside);
    const ofKind = own.filter((candidate) => relations.includes(candidate.relation ?? ""));
    const fact =
      ofKind.find((candidate) => others.some((other) => candidate.object.includes(other.id))) ??
      ofKind[0] ??
      own[0];
    if (fact && !items.some((item) => item.fact === fact)) {
      items.push({ fact, position: entity.position });
    }
  }
  for (const relation of scope.relations) {
    if (items.length >= 2) break;
    if (items.some((item) => item.fact.relation === relation.id)) continue;
    // Of a relation with no party of its own: the broadest fact ("the investment" is the total).
    const fact = figures
      .filter((candidate) => candidate.relation === relation.id)
      .sort((a, b) => b.subject.length - a.subject.length)[0];
    if (fact) items.push({ fact, position: firstForm(knowledge, text, relation.concepts) });
  }
  return items;
}

interface Inflow {
  readonly party: string;
  readonly fact: Fact;
}

/**
 * Each party's money in: of the money figures paid to it, the one with the most payers (the
 * combined investment over either part). Undefined unless both parties have one, and they differ.
 */
function inflows(
  knowledge: Knowledge,
  parties: readonly { readonly id: string }[],
): readonly [Inflow, Inflow] | undefined {
  const found: Inflow[] = [];
  for (const { id } of parties) {
    let best: Fact | undefined;
    for (const fact of knowledge.facts) {
      if (fact.kind !== "figure" || fact.figure?.unit !== "USD") continue;
      if (!fact.object.includes(id) || fact.subject.includes(id)) continue;
      if (!best || fact.subject.length > best.subject.length) best = fact;
    }
    if (!best || found.some((other) => other.fact === best)) return undefined;
    found.push({ party: id, fact: best });
  }
  const [a, b] = found;
  if (!a || !b || a.fact.figure?.value === b.fact.figure?.value) return undefined;
  return (a.fact.figure?.value ?? 0) > (b.fact.figure?.value ?? 0) ? [a, b] : [b, a];
}

/** "Microsoft takes in more: the Azure purchase ($30 billion) against Anthropic's … ($15B)." */
function receivedSentence(
  knowledge: Knowledge,
  language: Language,
  [big, small]: readonly [Inflow, Inflow],
): FigureComparison {
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const figure = (fact: Fact) => (fact.figure ? formatFigure(fact.figure, language) : "");
  const head =
    language === "ko"
      ? `${withParticle(name(big.party), "이", "가")} 받는 돈이 더 많습니다: ${big.fact.label.ko}(${figure(big.fact)}) 대 ${withParticle(name(small.party), "이", "가")} 받는 ${small.fact.label.ko}(${figure(small.fact)}).`
      : `${name(big.party)} takes in more: the ${lowerLabel(big.fact)} (${figure(big.fact)}), against the ${lowerLabel(small.fact)} (${figure(small.fact)}) that ${name(small.party)} receives.`;
  return { facts: [big.fact, small.fact], head };
}

function lowerLabel(fact: Fact): string {
  return fact.label.en.replace(/^Combined\b/u, "combined");
}

/** Money as such, of no kind: "moving the most money", "spends the most", "제일 많은 돈". */
const PLAIN_MONEY =
  /\b(?:money|cash|dollars?|pay(?:s|ing)?|spend(?:s|ing)?|moving|moves?|forks? out)\b|돈|금액|자금|쓰는|내는/u;

/**
 * "Which company invests the most?": every party's own figure of the kind asked. Money of no
 * kind ("which company is moving the most money, and to whom?"): every party's largest payment
 * the flows hold, investments and purchases alike.
 */
function everyPartysOwn(
  knowledge: Knowledge,
  text: string,
  figures: readonly Fact[],
  scope: QuestionScope,
): Item[] {
  if (scope.relations.length === 0 && PLAIN_MONEY.test(text)) {
    const paid = new Set(knowledge.flows.flows.map((flow) => flow.fact));
    const largest = new Map<string, Fact>();
    for (const fact of knowledge.facts) {
      const [payer] = fact.subject;
      if (!paid.has(fact.id) || fact.subject.length !== 1 || !payer) continue;
      if (fact.figure?.unit !== "USD") continue;
      const seen = largest.get(payer);
      if (!seen || (seen.figure?.value ?? 0) < fact.figure.value) largest.set(payer, fact);
    }
    if (largest.size >= 2) {
      return [...largest.values()].map((fact) => ({ fact, position: Number.MAX_SAFE_INTEGER }));
    }
  }
  const relation = scope.relations[0]?.id ?? figures[0]?.relation;
  return figures
    .filter((fact) => fact.relation === relation && fact.subject.length === 1)
    .map((fact) => ({ fact, position: Number.MAX_SAFE_INTEGER }));
}

/** The written forms (lower case) of the concepts given. */
function formsOf(knowledge: Knowledge, concepts: readonly string[]): string[] {
  return knowledge.concepts
    .filter((concept) => concepts.includes(concept.id))
    .flatMap((concept) => concept.forms.map((form) => form.toLowerCase()));
}

function firstForm(knowledge: Knowledge, text: string, concepts: readonly string[]): number {
  let at = Number.MAX_SAFE_INTEGER;
  for (const form of formsOf(knowledge, concepts)) {
    const found = text.indexOf(form);
    if (found >= 0 && found < at) at = found;
  }
  return at;
}

/**
 * Whether the claim has the bigger one right: "A보다 B가 더" claims B, "A more than B" claims A,
 * "less" the other way round. Undefined when the text does not say which.
 */
function claimVerdict(
  knowledge: Knowledge,
  text: string,
  items: readonly Item[],
  big: Item,
  tagged: boolean,
): boolean | undefined {
  const than = text.search(THAN);
  if (than < 0) return tagged ? namedBeforeVerdict(text, items, big) : undefined;
  const before = items.filter((item) => item.position < than);
  if (before.length === 0) return undefined;
  const korean = text.slice(than).startsWith("보다");
  // Korean: the one just before 보다 is the base, the other is claimed ("A가 B보다 더");
  // English: the one just before "than" is claimed ("A more than B"). In Korean the base is
  // what 보다 follows, named by its party or by its own words ("마소가 앤트로픽에 투자한 돈보다
  // 애저로 받는 돈이": the investment, though Anthropic, the Azure buyer, is named after Microsoft).
  const at = (item: Item) =>
    korean
      ? Math.max(item.position, lastWordBefore(knowledge, text, item.fact, than))
      : item.position;
  const nearest = before.reduce((a, b) => (at(b) > at(a) ? b : a));
  const claimed = korean ? items.find((item) => item !== nearest) : nearest;
  if (!claimed) return undefined;
  const claimsBigger = !LESS.test(text);
  return (claimed.fact === big.fact) === claimsBigger;
}

/** Where a fact's relation is last named before `limit` (its concepts' forms), or -1. */
function lastWordBefore(knowledge: Knowledge, text: string, fact: Fact, limit: number): number {
  const relation = knowledge.scope.relations.find((known) => known.id === fact.relation);
  if (!relation) return -1;
  const head = text.slice(0, limit);
  let last = -1;
  for (const form of formsOf(knowledge, relation.concepts))
    last = Math.max(last, head.lastIndexOf(form));
  return last;
}

/**
 * "nvidia's the bigger check here, 10B vs 5B from msft, right?": no "than"; the one named last
 * before the word of size is claimed bigger (or smaller). Only for a tagged claim.
 */
function namedBeforeVerdict(text: string, items: readonly Item[], big: Item): boolean | undefined {
  // English only; "more" may be "additional" ("can Microsoft buy more chips?"), and Korean word
  // order ("…보다 … 더 큰") is read by the "than" rule.
  const size = SIZE_WORD.exec(text);
  if (!size || /\p{Script=Hangul}/u.test(text)) return undefined;
  const before = items.filter((item) => item.position < size.index);
  if (before.length === 0) return undefined;
  const claimed = before.reduce((a, b) => (b.position > a.position ? b : a));
  return (claimed.fact === big.fact) === !/^(?:smaller|lower)$/u.test(size[0]);
}

function sentence(language: Language, opening: string, big: Fact, small: Fact): string {
  const figure = (fact: Fact) => (fact.figure ? formatFigure(fact.figure, language) : "");
  if (language === "ko") {
    return `${opening ? `${opening}, ` : ""}${big.label.ko}(${figure(big)}) 쪽이 ${small.label.ko}(${figure(small)})보다 큽니다.`;
  }
  const label = (fact: Fact) => fact.label.en.replace(/^Combined\b/u, "combined");
  const text = `the ${label(big)} (${figure(big)}) is bigger than the ${label(small)} (${figure(small)}).`;
  return opening ? `${opening}: ${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Words for a ratio claimed: "double", "twice", "three times", "두 배", "3배", "half", "절반". */
const FACTOR_WORDS: readonly (readonly [RegExp, number])[] = [
  [
    /\b(?:double(?![- ]?check)|doubled|twice|2x|two times|2 times|two to one|2 to 1)\b|(?<![\d.:])2 ?: ?1(?![\d.:])|두 ?배|2 ?배|2 ?대 ?1(?![\d.])/u,
    2,
  ],
  [
    /\b(?:triple|tripled|thrice|3x|three times|3 times|three to one|3 to 1)\b|세 ?배|(?<![\d.])3 ?배/u,
    3,
  ],
  [/\b(?:quadruple|4x|four times|4 times)\b|네 ?배|(?<![\d.])4 ?배/u, 4],
  [/\b(?:five times|5x|5 times|fivefold)\b|다섯 ?배|(?<![\d.])5 ?배/u, 5],
  [/\b(?:six times|6x|6 times|sixfold)\b|여섯 ?배|(?<![\d.])6 ?배/u, 6],
  [/\btwo[- ]thirds?\b|(?<![\d.])2\/3(?![\d.])|3 ?분의 ?2|삼분의 ?이/u, 2 / 3],
  [/\b(?:a|one)[- ]third\b|(?<![\d.])1\/3(?![\d.])|3 ?분의 ?1|삼분의 ?일/u, 1 / 3],
  [/\b(?:a|one)[- ]quarter\b|(?<![\d.])1\/4(?![\d.])|4 ?분의 ?1|사분의 ?일/u, 1 / 4],
  [
    /\bhalf (?:of |as (?:much|big|large) as |the |what )|절반|반밖에|반 ?(?:정도|이지|이야|임|인)|2 ?분의 ?1/u,
    0.5,
  ],
];

/**
 * "A third of the total", "전체의 절반", "합쳐서 150억이고 그중 …": a part claimed of the whole
 * it belongs to.
 */
const OF_THE_WHOLE =
  /\b(?:total|combined|overall|whole|all of it|of (?:which|that))\b|전체|총|합계|합친|합쳐|그 ?중/u;

/**
 * The parties a premise of figures names, put in the order the claim after it names them
 * ("마소 50억 엔비 100억이면 엔비가 두 배": NVIDIA measured against Microsoft); one the claim
 * does not name comes after. With one named and a part claimed of a whole, the other goes.
 */
function afterPremise(
  knowledge: Knowledge,
  text: string,
  start: number | undefined,
  items: Item[],
): Item[] {
  if (start === undefined) return items;
  const placed = items.map((item) => {
    const party = item.fact.subject.length === 1 ? item.fact.subject[0] : undefined;
    const at = party === undefined ? undefined : namedInConclusion(knowledge, text, start, party);
    return { item, at };
  });
  const named = placed.filter(({ at }) => at !== undefined);
  if (named.length === 0 || named.length === placed.length) return items;
  const only = named.length === 1 ? named[0] : undefined;
  if (only && OF_THE_WHOLE.test(text.slice(start))) {
    return [{ fact: only.item.fact, position: only.at ?? 0 }];
  }
  return placed.map(({ item, at }) => ({
    fact: item.fact,
    position: at ?? text.length + item.position,
  }));
}

/** The figure of the same relation whose subjects include the part's ("the combined 15B"). */
function wholeOfPart(figures: readonly Fact[], part: Fact): Fact | undefined {
  return figures.find(
    (candidate) =>
      candidate.kind === "figure" &&
      candidate.figure?.unit === part.figure?.unit &&
      candidate.relation === part.relation &&
      candidate.subject.length > part.subject.length &&
      part.subject.every((id) => candidate.subject.includes(id)),
  );
}

/** "more than double", "over 3x", "두 배 이상", "두 배 넘게": the ratio claimed as a floor. */
const MORE_THAN_FACTOR =
  /\b(?:more than|over|at least|upwards of)\s+(?:\w+\s+)?(?:doubled?|tripled?|twice|\d+x|two|three)\b|\b(?:more than|over) (?:doubled|tripled)\b|배\s?(?:이상|넘|넘게|넘는|넘었|넘게|초과)/u;
/** "nearly double", "almost 2x", "거의 두 배", "두 배 가까이": the ratio claimed as about. */
const ABOUT_FACTOR =
  /\b(?:nearly|almost|roughly|about|around|close to|approximately|just under)\s+(?:\w+\s+)?(?:doubled?|tripled?|twice|\d+x|two|three)\b|거의\s?(?:두|세|\d)\s?배|배\s?(?:가까이|가량|정도|쯤|남짓|가깝)/u;

/**
 * Whether a ratio holds as claimed: exactly, above the floor, or within a tenth of it. The hedge
 * is read as written too: the glossary drops "roughly" and "about" as filler.
 */
function factorHolds(ratio: number, factor: number, analysis: Analysis): boolean {
  const text = analysis.normalized;
  const written = analysis.asWritten ?? text;
  if (MORE_THAN_FACTOR.test(text)) return ratio > factor;
  if (ABOUT_FACTOR.test(text) || ABOUT_FACTOR.test(written)) {
    return Math.abs(ratio - factor) <= factor * 0.1;
  }
  return Math.abs(ratio - factor) < 1e-9;
}

/** A ratio claimed, and where its word stands in the question. */
interface ClaimedFactor {
  readonly value: number;
  readonly at: number;
}

/** The ratio a confirmation claims between two figures ("double", "a third of"), if any. */
function factorClaimed(analysis: Analysis): ClaimedFactor | undefined {
  if (!analysis.asksToConfirm) return undefined;
  const text = analysis.normalized;
  for (const [pattern, value] of FACTOR_WORDS) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined) return { value, at };
  }
  return undefined;
}

/**
 * "The Azure spend is six times Microsoft's, right?", "마소가 전체의 3분의 1 맞죠?": a ratio or a
 * part claimed in words of its own, checked before the figures it names are read as a claim of
 * a figure.
 */
export function ratioClaimed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
  language: Language,
): FigureComparison | undefined {
  const claimed = factorClaimed(analysis);
  return claimed === undefined
    ? undefined
    : ratioClaim(knowledge, analysis, scope, rankedFacts, language, claimed);
}

/**
 * A ratio claimed between the two figures the claim names, the first named over the second
 * ("A is double B", "A가 B의 두 배"): yes or no, with both figures and their real ratio.
 */
function ratioClaim(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
  language: Language,
  claimed: ClaimedFactor,
): FigureComparison | undefined {
  if (scope.entities.some((entity) => entity.outside) || scope.outsideRelations.length > 0) {
    return undefined;
  }
  const factor = claimed.value;
  const text = analysis.normalized;
  const figures = rankedFacts.filter(
    (fact) => fact.figure !== undefined && fact.kind !== "correction",
  );
  const start = conclusionStart(text);
  const named = itemsNamed(knowledge, text, scope, figures);
  const items = afterPremise(knowledge, text, start, named);
  // "애저 300억 달러가 총 투자액의 두 배?": a figure written is the fact whose figure it is
  // (one of a premise's figures is not what the claim after it measures).
  const written = items.length < 2 ? findAmounts(text.slice(start ?? 0)) : [];
  for (const { key, start: at } of written) {
    const amount = { key, start: at + (start ?? 0) };
    const fact = knowledge.facts.find(
      (candidate) => candidate.kind === "figure" && figureKey(candidate) === amount.key,
    );
    if (fact && !items.some((item) => item.fact === fact)) {
      items.push({ fact, position: amount.start });
    }
  }
  // "Microsoft's share is a third of the total": one figure against the whole it is part of.
  const [part] = items;
  if (items.length === 1 && part && factor < 1 && OF_THE_WHOLE.test(text)) {
    const whole = wholeOfPart(knowledge.facts, part.fact);
    if (whole) items.push({ fact: whole, position: Number.MAX_SAFE_INTEGER });
  }
  // "The valuation more than doubled, yes?": one measure, its figure over the earlier one its
  // fact states.
  if (items.length === 1 && part && factor > 1) {
    return measureGrew(knowledge, part.fact, analysis, language, factor);
  }
  if (items.length !== 2) return undefined;
  const [first, second] = baseLast(
    claimed.at,
    analysis.language,
    [...items].sort((a, b) => a.position - b.position) as [Item, Item],
  );
  const [a, b] = [first.fact.figure, second.fact.figure];
  if (!a || !b || a.unit !== b.unit || b.value === 0) return undefined;
  const ratio = a.value / b.value;
  const agrees = factorHolds(ratio, factor, analysis);
  const opening = agrees ? verdictWords[language].yes : verdictWords[language].no;
  const times = Number.isInteger(ratio) ? String(ratio) : ratio.toFixed(2).replace(/0+$/u, "");
  const [big, small] = [first.fact, second.fact];
  // A part of a whole reads as a share ("one third (about 33.3%)"), not "0.33 times".
  const share = ratio < 1 ? shareWords(ratio, language) : undefined;
  const relation =
    language === "ko"
      ? share
        ? `의 ${share}`
        : `의 ${times}배`
      : share
        ? `${share} of`
        : ratio === 2
          ? "twice (2x)"
          : `${times} times`;
  const head =
    language === "ko"
      ? `${opening}, ${big.label.ko}(${formatFigure(a, language)})는 ${small.label.ko}(${formatFigure(b, language)})${relation}입니다.`
      : `${opening}: the ${big.label.en.replace(/^Combined\b/u, "combined")} (${formatFigure(a, language)}) is ${relation} the ${small.label.en.replace(/^Combined\b/u, "combined")} (${formatFigure(b, language)}).`;
  return { facts: [big, small], head };
}

/**
 * The two figures in the order the ratio is claimed: the one measured, then its base. Written
 * order says it ("A is double B", "A가 B의 두 배"), except where an English factor opens on the
 * base before both: "half of 30 billion is the investment" measures the second against the
 * first. (Korean puts the base first either way: "300억의 절반이 투자금" is read as written.)
 */
function baseLast(
  factorAt: number,
  language: Language,
  [first, second]: [Item, Item],
): [Item, Item] {
  return language === "en" && factorAt < first.position ? [second, first] : [first, second];
}

/**
 * "Valuation more than doubled from 183 to 350, yes?": a factor claimed of one measure, its
 * figure against the earlier one its fact states; yes or no, with both and the real multiple.
 */
function measureGrew(
  knowledge: Knowledge,
  fact: Fact,
  analysis: Analysis,
  language: Language,
  factor: number,
): FigureComparison | undefined {
  const now = fact.figure;
  const before = earlierValue(knowledge, fact);
  if (!now || before === undefined || before === 0) return undefined;
  const ratio = now.value / before;
  const opening = factorHolds(ratio, factor, analysis)
    ? verdictWords[language].yes
    : verdictWords[language].no;
  const times = Number.isInteger(ratio) ? String(ratio) : ratio.toFixed(2).replace(/0+$/u, "");
  const earlier = formatFigure({ value: before, unit: now.unit, qualifiers: [] }, language);
  const side =
    ratio < factor && ratio >= factor * 0.9
      ? language === "ko"
        ? ` ${factor}배에 조금 못 미칩니다`
        : `, just under ${factor} times`
      : "";
  const head =
    language === "ko"
      ? `${opening}, ${fact.label.ko}(${formatFigure(now, language)})는 ${earlier}의 약 ${times}배${side ? `로,${side}` : "입니다"}.`
      : `${opening}: ${fact.label.en} (${formatFigure(now, language)}) is about ${times} times ${earlier}${side}.`;
  return { facts: [fact], head };
}
