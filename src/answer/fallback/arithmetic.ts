/**
 * Arithmetic on the story's own figures: a ratio ("엔비 투자가 마소 투자의 몇 배?"), a share
 * ("what fraction of the 15B came from MS?"), a difference ("how much more…", "how much did the
 * valuation jump?") or a sum ("5B + 10B + 30B 다 더하면?"). Every operand is a figure the facts
 * give (a fact's figure, or an amount its statement names); a figure the facts do not give is
 * never computed with. The result is stated with the operands, so the reader sees the inputs.
 */

import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Figure, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { datedNumbers, isYearNumber } from "../../search/dated-numbers.ts";
import { findAmounts } from "../../search/numbers.ts";
import { type AskedUnit, askedUnit } from "./asked-unit.ts";
import { CHANGE_RATE, PER_PERIOD } from "./change-rate.ts";
import { involves, type QuestionScope } from "./scope.ts";

type Operation = "ratio" | "share" | "difference" | "sum" | "average" | "convert";

/**
 * One figure taken from another: "subtract", "take … away from", "what's left", "빼고 나면". A
 * difference asked, and a computation even in a yes/no question; a sum asked first ("add them up,
 * then take that away") stays a sum.
 */
const TAKEN_AWAY =
  /빼고 (?:나면|남는|얼마)|\bsubtract(?:ed|ing)?\b|\btake (?:\S+ ){1,6}?(?:away from|off|out of)\b(?<!\b(?:add(?:ed|ing)? up|plus|sum)\b.*)|\bwhat(?:'s| is) left\b|\bleft over\b|\bnet of\b|\bdeduct(?:ed|ing)?\b/u;

const OPERATIONS: readonly (readonly [Operation, RegExp])[] = [
  // "마소 대 엔비디아 투자 비율이 몇 대 몇?", "what's the ratio of A to B", "how many times
  // bigger is NVIDIA's share": one against the other, not a share of a whole (read before
  // "비율" or "share" asks a share).
  ["ratio", /몇 ?대 ?몇|\bratio (?:of|between)\b|\bhow many times\b|몇 ?(?:배|곱절|갑절)/u],
  // "상승률이 몇 %?", "by what percent did it rise?": a change of one measure, not a share (read
  // before "%" asks a share).
  ["difference", CHANGE_RATE],
  // "몇 할": tenths, the older way of saying a share ("전체 중에 몇 할 냈어?").
  [
    "share",
    /\b(?:fraction|share|portion|proportion|percent(?:age)?|what part(?![^?.!]{0,40}\bplay)|(?:what|which|how big an?|how large an?) (?:slice|chunk))\b|%|비중|비율|퍼센트|몇 ?프로|몇 ?분의|몇 ?할(?=[이을나가쯤]|\s|$|[?？])/u,
  ],
  [
    "ratio",
    /\bhow many times\b|\btimes (?:as|more|bigger|larger|the)\b|\bratio\b|\bdivided by\b|몇 ?(?:배|곱절|갑절)|나누기|나누면|\b(?:what|which|the|a|as a|how big a|how large a) multiple\b|\bmultiple (?:of|is|did|was|does|on|between)\b|\bhow many x\b|\bx-?fold\b|\bby what factor\b/u,
  ],
  // "몇 억 달러 뛴 거야?": by how many hundred millions it rose is the rise itself.
  [
    "difference",
    new RegExp(
      String.raw`\bhow much (?:more|less|bigger|smaller|higher|lower|extra)\b|\bhow (?:much|big|large) (?:of )?(?:an? )?(?:increase|jump|rise|gain|growth|bump|hike)\b|\bdifference\b|\bgap\b|\bhow much (?:did|has|does|was|have|had) (?:it|that|this|the \w+|(?:[\w'’]+ ){1,4}?(?:valuation|value|worth|price|figure|number)) (?:jump|rise|grow|increase|go up|climb|rise|balloon|soar|shoot up|spike)|\b(?:jumped|rose|grew|increased|went up|climbed) by how much\b|\bminus\b|\bwhat(?:'s| is| was) the (?:net )?balance\b|\bbalance amount\b|\bnet balance\b|차이|차액|얼마나 더|얼마 더|더 많이 .*얼마|얼마나 (?:올랐|뛰었|늘었|증가|상승|오른|뛴|늘어난)|얼마 (?:올랐|뛰었|늘었|오른|뛴|늘어난)|몇 ?(?:억|조|천억|백억)\s?(?:달러|불)?\s?(?:이?나\s?)?(?:올랐|뛰었|늘었|오른|뛴|늘어난)|빼면|빼 ?버리면|${TAKEN_AWAY.source}|증가액|증가분|상승액|상승분|상승폭|증가폭|\bby how much\b|\b(?:what(?:'s| is| was| are)|how (?:big|large|much) (?:is|was)) (?:the|that|this) (?:\w+ )?(?:jump|bump|hike|increase|rise|gain|climb|pop|step[- ]up|delta)\b|\b(?:jump|bump|hike|increase|rise|gain|climb|pop|step[- ]up) (?:from|of) [^?]{0,40}\bhow (?:many|much)\b`,
      "u",
    ),
  ],
  // "average investment per company", "두 회사 평균 투자액": the figures' mean (read before "sum":
  // "add them up and divide by two" asks it too).
  [
    "average",
    /\baverage\b|\bthe mean (?:of|investment|amount|figure)\b|\bmean of\b|평균|\badd(?:ed|ing)? (?:\S+ ){0,4}(?:and|then) divide(?:d)? by (?:two|2|three|3)\b/u,
  ],
  [
    "sum",
    /\+|\bplus\b|\badd(?:ed|ing)? (?:up|together|them|it all)\b|\badd(?:ed|ing)? \S+ (?:and|to|plus)\b|\bsum\b|\bin all\b|더하면|더하기|더한|합하면|합산|합치면|합쳐서|다 합하면/u,
  ],
];

/**
 * The operation a question asks. The glossary may rewrite its word ("전부 더하면" reads "total"):
 * then the question as written says it.
 */
function operationAsked(analysis: Analysis): Operation | undefined {
  // "how much did the valuation jump per day?": a rate the totals do not give.
  if (PER_PERIOD.test(analysis.normalized)) return undefined;
  const found = firstOperation(analysis.normalized);
  const written = analysis.asWritten;
  if (found || written === undefined || written === analysis.normalized) return found;
  return firstOperation(written);
}

/** Whether a question asks for arithmetic on figures (a ratio, a share, a difference, a sum). */
export function asksArithmetic(normalized: string): boolean {
  return firstOperation(normalized) !== undefined;
}

/**
 * The last text read for an operation and the one found: one answer asks it of the same text
 * two or three times (whether it converts a unit, then the arithmetic itself). Keyed by the
 * text, all it depends on: nothing of one question is kept for another.
 */
let lastRead: { readonly text: string; readonly operation: Operation | undefined } | undefined;

function firstOperation(text: string): Operation | undefined {
  if (lastRead?.text === text) return lastRead.operation;
  let operation: Operation | undefined;
  for (let at = 0; at < OPERATIONS.length && operation === undefined; at++) {
    const [kind, pattern] = OPERATIONS[at] as (typeof OPERATIONS)[number];
    if (pattern.test(text)) operation = kind;
  }
  lastRead = { text, operation };
  return operation;
}

/** Whether a question asks only for a figure in another unit ("in trillions", "몇 메가와트"). */
export function asksConversion(analysis: Analysis): boolean {
  return (
    askedUnit(analysis.asWritten ?? analysis.normalized) !== undefined &&
    !asksArithmetic(analysis.normalized)
  );
}

/**
 * "How many megawatts does $30 billion get you?": a unit asked of a figure written in another
 * kind of unit (money as power) converts nothing; the facts give no such rate.
 */
export function asksConversionAcrossUnits(analysis: Analysis): boolean {
  const unit = askedUnit(analysis.asWritten ?? analysis.normalized);
  if (!unit) return false;
  const amounts = analysis.terms.filter((term) => term.kind === "amount");
  return (
    amounts.length > 0 &&
    amounts.every((term) => (term.text.endsWith("gw") ? "GW" : "USD") !== unit.from)
  );
}

/** Words that ask for a computation even in a yes/no question ("10B 더하기 30B 하면?"). */
const ASKS_TO_COMPUTE = new RegExp(
  String.raw`\bhow many times\b|\bhow much (?:more|less)\b|\b(?:fraction|percent(?:age)?|difference)\b|\bminus\b|\bby how much\b|상승률|증가율|증가액|상승액|상승분|상승폭|차액|몇 ?배|몇 ?%|몇 ?프로|더하면|더하기|(?:합치면|합하면)\s*(?:얼마|몇|[?？]|$)|나누기|나누면|빼면|${TAKEN_AWAY.source}|비중|비율|퍼센트|차이|얼마 더|얼마나 더|몇 ?(?:곱절|갑절)|몇 ?퍼(?![붓부지져])|\bdelta\b`,
  "u",
);

/** A share of a market, of a company or of a portfolio is not a share of a figure here. */
const NOT_A_FIGURE_SHARE =
  /\bmarket share\b|\bshare of (?:the )?market\b|\bown(?:s|ed|ership)?\b|\bequity\b|\bstake\b|\bstock\b|점유율|시장 ?비중|지분|소유|주식|포트폴리오|portfolio/u;
/** The question speaks of a whole its share is of. */
const OF_WHOLE =
  /\b(?:total|combined|overall|sum|together|altogether|in all)\b|\bof (?:the|that|this|their) (?:investment|investments|money|funding|amount|figure)s?\b|합계|합쳐|합친|총|그 ?중|전체|투자(?:금|액)? ?중/u;

/** A bare "183" next to figures in billions ("from 183 to 350") means billions. */
const BARE_SCALE = 1e9;
const BARE_LIMIT = 1000;

interface Operand {
  readonly value: number;
  readonly unit: Figure["unit"];
  /** The fact the figure comes from (quoted with the answer). */
  readonly fact: Fact;
  /** The fact's own figure (then its label names it), not an amount its statement names. */
  readonly own: boolean;
}

export interface ArithmeticAnswer {
  readonly facts: readonly Fact[];
  readonly head: string;
}

/** Amounts each fact names, computed once per knowledge. */
const mentionedAmounts = oncePerKnowledge((knowledge): ReadonlyMap<number, Fact> => {
  const found = new Map<number, Fact>();
  for (const fact of knowledge.facts) {
    if (fact.kind === "correction") continue;
    for (const amount of findAmounts(`${fact.statement.en} ${fact.statement.ko}`)) {
      if (amount.currency === undefined) continue;
      const value = Number(amount.key);
      if (!found.has(value)) found.set(value, fact);
    }
  }
  return found;
});

/** The arithmetic a question asks for on figures the facts give, or undefined. */
export function figureArithmetic(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  language: Language,
): ArithmeticAnswer | undefined {
  const text = analysis.normalized;
  // "NVIDIA's $10B in trillions?", "조 단위로 몇 조 달러?": one figure written in another unit.
  // Read as written: the glossary drops "조 단위로", "in trillions" as words of no measure.
  const unitAsked = askedUnit(analysis.asWritten ?? text);
  const operation = operationAsked(analysis) ?? (unitAsked ? "convert" : undefined);
  if (!operation) return undefined;
  // A claim is checked, not computed on ("마소+엔비 합쳐서 150억불?"); advice is not asked here.
  if (analysis.asksForAdvice) return undefined;
  if (analysis.asksToConfirm && !ASKS_TO_COMPUTE.test(text) && operation !== "convert") {
    return undefined;
  }
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  if (operation === "share" && NOT_A_FIGURE_SHARE.test(text)) return undefined;
  // "백만 달러 단위로": the unit's own "million dollars" is no operand.
  // "at 1,400 won per dollar": the rate's numbers are the unit's too.
  const unitWords =
    (operation === "convert" || operation === "sum") && unitAsked
      ? (unitAsked.ownNumbers ?? [unitAsked.scale])
      : [];
  const written = writtenOperands(knowledge, analysis, unitWords);
  if (written === undefined) return undefined;
  // A measure the knowledge lacks ("revenue share") is computed on only with the figures written.
  if (scope.outsideRelations.length > 0 && written.length === 0) return undefined;
  // "50억이랑 100억 합치면 기사에 나온 300억이랑 안 맞잖아": what the sum is held against is no addend.
  const compared = operation === "sum" ? comparedWithSum(text, written) : [];
  const operands = written.filter((operand) => !compared.includes(operand));
  const relations = scope.relations.map((relation) => relation.id);
  const first = operands[0]?.fact.relation;
  const asked = relations.length > 0 || first === undefined ? relations : [first];
  const owns: { entity: string; operand: Operand }[] = [];
  // "앤트로픽이 마소에 쓰는 300억 달러, 원화로?": a figure written is the one converted; the
  // parties named say whose it is, no figure of their own.
  const convertsWritten = operation === "convert" && operands.length > 0;
  for (const entity of convertsWritten ? [] : scope.entities) {
    // "NVIDIA's commitment in trillions": the one party's figure, whatever word names it.
    const own =
      ownFigure(knowledge, entity.id, asked) ??
      (operation === "convert" && scope.entities.length === 1
        ? ownFigure(knowledge, entity.id, [])
        : undefined) ??
      (operation === "convert" ? undefined : receivedFigure(knowledge, entity.id));
    if (
      own &&
      !operands.some((operand) => operand.fact === own.fact) &&
      !owns.some((other) => other.operand.fact === own.fact)
    ) {
      owns.push({ entity: entity.id, operand: own });
    }
  }
  // "마소+엔비 합치면 앤트로픽에 총 얼마": the party two others' money goes to (in one relation) is
  // where it lands, not a third amount (its own Azure purchase is another relation). One payer
  // alone ("the Azure purchase + Microsoft's investment") is a sum of the two.
  for (const { entity, operand } of owns) {
    const payers = owns.filter(
      (other) =>
        other.entity !== entity &&
        other.operand.fact.object.includes(entity) &&
        other.operand.fact.relation !== operand.fact.relation,
    );
    const receives =
      payers.length >= 2 &&
      payers.every((payer) => payer.operand.fact.relation === payers[0]?.operand.fact.relation);
    if (!receives) operands.push(operand);
  }
  // "애저 구매 약정이 엔비디아 투자의 몇 배?": a relation named with no party of its own is its
  // broadest figure ("the investment" is the total).
  // Only beside a figure named otherwise: relations alone ("committed… the gap?") name no pair.
  for (const named of scope.relations) {
    // A conversion takes one figure: the relation's own when no party or amount names one.
    if (
      operation === "convert"
        ? operands.length > 0 || scope.relations.length > 1
        : operands.length === 0
    )
      break;
    if (operands.length >= 2) break;
    // "total investment 중에서 Microsoft가 내는 portion": a share of the whole spoken of is of the
    // figure the one operand is part of (below), not of another relation's figure ("내는"); an
    // operand that is the whole itself ("combined investment as % of…") still takes the other.
    if (
      operation === "share" &&
      operands.length === 1 &&
      operands[0] &&
      OF_WHOLE.test(text) &&
      wholeOf(knowledge, operands[0].fact) !== undefined
    ) {
      break;
    }
    if (operands.some((operand) => operand.fact.relation === named.id)) continue;
    const broadest = knowledge.facts
      .filter((fact) => fact.kind === "figure" && fact.figure && fact.relation === named.id)
      .sort((a, b) => b.subject.length - a.subject.length)[0];
    // "아마존 누적 투자금, 조 단위로": a party named that the broadest figure leaves out asks of its
    // own figure, which the facts lack; the others' total is no answer to it.
    const leftOut =
      operation === "convert" &&
      broadest !== undefined &&
      scope.entities.some((entity) => entity.id !== "article" && !involves(broadest, entity.id));
    if (broadest?.figure && !leftOut) {
      operands.push({
        value: broadest.figure.value,
        unit: broadest.figure.unit,
        fact: broadest,
        own: true,
      });
    }
  }
  // "Who's the bigger backer, and by how much?", "누가 얼마나 더 냈어?": no party named, a
  // question of which one: the two parties' own figures of the relation asked.
  if (
    (operation === "difference" || operation === "ratio") &&
    operands.length === 0 &&
    scope.entities.length === 0 &&
    scope.relations.length === 1 &&
    WHICH_PARTY.test(text)
  ) {
    operands.push(...partiesOwn(knowledge, scope.relations[0]?.id));
  }
  // "기업가치 상승액은?", "valuation minus the September one": one measure before and after, its
  // fact's figure and the earlier amount the same fact names ("up from $183 billion").
  // "what multiple did the valuation do?": the same two figures, one over the other.
  if ((operation === "difference" || operation === "ratio") && operands.length <= 1) {
    const measure = operands[0]?.fact ?? onlyRelationFigure(knowledge, scope);
    const earlier = measure && earlierAmount(knowledge, measure);
    if (measure?.figure && earlier) {
      const own = {
        value: measure.figure.value,
        unit: measure.figure.unit,
        fact: measure,
        own: true,
      };
      const [only] = operands;
      if (operands.length === 1 && only?.value === earlier.value && own.value !== earlier.value) {
        // "Valuation went from 183 billion … by how much it jumped?": the earlier figure written
        // is one operand; the measure's own figure is the other.
        operands.unshift(own);
      } else if (!operands.some((operand) => operand.value === earlier.value)) {
        if (operands.length === 0) operands.push(own);
        operands.push(earlier);
      }
    }
  }
  // "What share of the total is NVIDIA's?": one party's figure, against the figure it is part of
  // (only when the question speaks of a whole: a figure, "the total", "그 중").
  const speaksOfWhole = OF_WHOLE.test(text);
  const ofWhole = written.length > 0 || speaksOfWhole;
  // "마소 투자액은 엔비디아 투자액의 몇 분의 몇?": two parties' own figures, one of the other.
  const ofEachOther = operands.length === 2 && operands.every((operand) => operand.own);
  if (operation === "share" && !ofWhole && !ofEachOther) return undefined;
  if (operation === "share" && operands.length === 1 && operands[0]) {
    const whole = wholeOf(knowledge, operands[0].fact);
    if (whole) operands.push(whole);
  }
  // "What fraction of the total is Microsoft's, and NVIDIA's?": two parts of the whole spoken of.
  if (operation === "share" && speaksOfWhole && written.length === 0 && operands.length === 2) {
    const [first, second] = operands as [Operand, Operand];
    const whole = wholeOf(knowledge, first.fact);
    if (whole && wholeOf(knowledge, second.fact)?.fact === whole.fact) operands.push(whole);
  }
  if (operation === "convert") {
    const [only] = operands;
    if (!only || !unitAsked || operands.length > 1) return undefined;
    const head = converted(only, unitAsked, language);
    return head ? { facts: [only.fact], head } : undefined;
  }
  const unit = operands[0]?.unit;
  if (operands.length < 2 || !operands.every((operand) => operand.unit === unit)) return undefined;
  // "총 150억 중 마소는 몇 %, 엔비는 몇 %?": each part's share of the whole they make up.
  if (operation === "share" && operands.length > 2) return eachShare(knowledge, operands, language);
  // "마소 대 엔비 몇 대 몇?", "A : B : C in simplest form": the figures as a ratio of whole numbers.
  if (operation === "ratio" && RATIO_FORM.test(text)) return inRatioForm(operands, language);
  const adds = operation === "sum" || operation === "average";
  if (!adds && operands.length > 2) return undefined;
  // "마소+엔비 합쳐서 150억": a figure that is already the sum of the others states the total.
  if (adds && statesItsTotal(operands)) return undefined;
  const sum = statement(operation, operands, language);
  if (sum === undefined) return undefined;
  // "마소 50억 엔비 100억 합치면 원화로? 환율 1400원": the total, then in the unit asked.
  const inUnit = operation === "sum" && unitAsked ? totalInUnit(operands, unitAsked, language) : "";
  const head = [sum, inUnit, ...compared.map((operand) => whatItIs(operand, language))]
    .filter((sentence) => sentence !== "")
    .join(" ");
  const facts = [...new Set([...operands, ...compared].map((operand) => operand.fact))];
  return { facts, head };
}

/**
 * Each part's share of the whole the others make up ("총 150억 중 마소는 몇 %, 엔비는 몇 %?"):
 * only when one operand is the figure every other one is part of.
 */
function eachShare(
  knowledge: Knowledge,
  operands: readonly Operand[],
  language: Language,
): ArithmeticAnswer | undefined {
  const whole = operands.find((candidate) =>
    operands.every(
      (part) => part === candidate || wholeOf(knowledge, part.fact)?.fact === candidate.fact,
    ),
  );
  if (!whole) return undefined;
  const parts = operands.filter((part) => part !== whole);
  const heads = parts.map((part) => statement("share", [whole, part], language));
  if (heads.some((head) => head === undefined)) return undefined;
  return { facts: [...parts, whole].map((operand) => operand.fact), head: heads.join(" ") };
}

/** A ratio asked as whole numbers side by side ("몇 대 몇", "x:y", "A : B : C", "simplest form"). */
// "x:y" reads "x: why" once the glossary has read "y".
const RATIO_FORM =
  /몇 ?대 ?몇|\bx ?: ?(?:y|why)\b|\S : \S|\bsimplest\b|\blowest terms\b|\bas a ratio\b/u;

/** "마이크로소프트 : 엔비디아 = 1:2", in the order the question names the figures. */
function inRatioForm(
  operands: readonly Operand[],
  language: Language,
): ArithmeticAnswer | undefined {
  const unit = operands.reduce((common, operand) => gcd(common, operand.value), 0);
  if (unit <= 0) return undefined;
  const terms = operands.map((operand) => operand.value / unit);
  if (terms.some((term) => !Number.isInteger(term) || term > 1000)) return undefined;
  const list = operands.map((operand) => describe(operand, language)).join(" : ");
  // Two figures: how many times the one is the other, too ("2배 차이").
  const [low, high] = [Math.min(...terms), Math.max(...terms)];
  const times =
    operands.length === 2 && low > 0 && high > low
      ? language === "ko"
        ? `(${timesWords(high / low, language)} 차이)`
        : ` (one is ${timesWords(high / low, language)} the other)`
      : "";
  const head =
    language === "ko"
      ? `${list} = ${terms.join(":")}${times}입니다.`
      : `${capital(list)} = ${terms.join(":")}${times}.`;
  return { facts: [...new Set(operands.map((operand) => operand.fact))], head };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Words after a sum that hold it against another figure: the article's, a claim, "doesn't match". */
const HELD_AGAINST =
  /기사|헤드라인|제목|라던데|라는데|이라며|안 ?맞|맞(?:나|냐|아|잖|는)|다르|달라|비교|\barticle\b|\bheadline\b|\bcompare|\bmatch|\bsays?\b|\bsaid\b|\bclaim|\bvs\b|\bversus\b/u;

/**
 * The written figures after the sum word that the sum is held against ("A랑 B 합치면 기사에 나온
 * C랑 안 맞잖아", "A plus B, which the article says is C"): only when two or more figures come
 * before the sum word, and the words after it compare.
 */
function comparedWithSum(text: string, written: readonly Operand[]): Operand[] {
  const sum = OPERATIONS.find(([operation]) => operation === "sum")?.[1].exec(text);
  if (!sum) return [];
  const after = sum.index + sum[0].length;
  if (!HELD_AGAINST.test(text.slice(after))) return [];
  const amounts = findAmounts(text);
  const before = new Set(amounts.filter((found) => found.end <= sum.index).map(amountValue));
  const later = new Set(amounts.filter((found) => found.start >= after).map(amountValue));
  if (before.size < 2) return [];
  return written.filter((operand) => later.has(operand.value) && !before.has(operand.value));
}

function amountValue(found: { readonly key: string }): number {
  return Number(found.key);
}

/** "300억 달러는 앤트로픽 → 마이크로소프트 Azure 구매입니다." */
function whatItIs(operand: Operand, language: Language): string {
  const figure = amount(operand.value, operand.unit, language);
  const label = operand.fact.label[language];
  if (language === "ko") return `${figure}는 ${label}입니다.`;
  return /^\S+'s\b/u.test(label) ? `${figure} is ${label}.` : `${figure} is the ${lower(label)}.`;
}

/**
 * The amounts the question writes, each a figure the facts give. Undefined when one is not
 * (a wrong figure is never computed with).
 */
function writtenOperands(
  knowledge: Knowledge,
  analysis: Analysis,
  unitWords: readonly number[] = [],
): Operand[] | undefined {
  const dated = datedNumbers(analysis.normalized);
  const amounts = analysis.terms.flatMap((term) => {
    if (term.kind !== "amount") return [];
    // "1gw" is a figure in gigawatts; a plain key is money.
    const gigawatts = term.text.endsWith("gw");
    const value = Number(gigawatts ? term.text.slice(0, -2) : term.text);
    // "from its September 2025 figure", "2025년 9월": a year or a month is no operand.
    if (!gigawatts && value < 1e6 && (isYearNumber(term.text) || dated.has(term.text))) return [];
    return unitWords.includes(value)
      ? []
      : [{ value, unit: gigawatts ? ("GW" as const) : undefined }];
  });
  const bare =
    amounts.length > 0 &&
    amounts.every((found) => found.unit === undefined && found.value < BARE_LIMIT);
  const operands: Operand[] = [];
  for (const found of amounts) {
    const operand = operandOf(knowledge, bare ? found.value * BARE_SCALE : found.value, found.unit);
    if (!operand) return undefined;
    if (!operands.some((known) => known.value === operand.value)) operands.push(operand);
  }
  return operands;
}

function statesItsTotal(operands: readonly Operand[]): boolean {
  const total = operands.reduce((sum, operand) => sum + operand.value, 0);
  return operands.some((operand) => operand.value * 2 === total);
}

function operandOf(
  knowledge: Knowledge,
  value: number,
  unit: Figure["unit"] | undefined,
): Operand | undefined {
  const own = knowledge.facts.find(
    (fact) =>
      fact.kind !== "correction" &&
      fact.figure?.value === value &&
      (unit === undefined ? fact.figure.unit !== "GW" : fact.figure.unit === unit),
  );
  if (own?.figure) return { value, unit: own.figure.unit, fact: own, own: true };
  if (unit !== undefined) return undefined;
  const mentioned = mentionedAmounts(knowledge).get(value);
  return mentioned ? { value, unit: "USD", fact: mentioned, own: false } : undefined;
}

/** A party's own figure ("NVIDIA's investment"), of the relation asked when there is one. */
function ownFigure(
  knowledge: Knowledge,
  party: string,
  relations: readonly string[],
): Operand | undefined {
  const own = knowledge.facts.filter(
    (fact) =>
      fact.kind === "figure" &&
      fact.figure !== undefined &&
      fact.subject.length === 1 &&
      fact.subject[0] === party,
  );
  // Of a relation asked, when there is one: Anthropic's Azure spend is not its investment. A party
  // with one figure only has that one ("the NVIDIA money").
  const fact =
    own.find((candidate) => relations.includes(candidate.relation ?? "")) ??
    (relations.length === 0 || own.length === 1 ? own[0] : undefined);
  return fact?.figure
    ? { value: fact.figure.value, unit: fact.figure.unit, fact, own: true }
    : undefined;
}

/**
 * "The Azure deal", "애저에 쓰기로 한 돈": a party that is no figure's payer names the one money
 * figure it is the object of (what is bought of it), when there is just one.
 */
function receivedFigure(knowledge: Knowledge, party: string): Operand | undefined {
  let found: Fact | undefined;
  for (const fact of knowledge.facts) {
    if (fact.kind !== "figure" || fact.figure === undefined) continue;
    if (fact.subject.includes(party)) return undefined;
    if (fact.figure.unit !== "USD" || !fact.object?.includes(party)) continue;
    if (found) return undefined;
    found = fact;
  }
  return found?.figure
    ? { value: found.figure.value, unit: found.figure.unit, fact: found, own: true }
    : undefined;
}

/** "who", "which one", "누가", "어느 쪽": the question asks which party. */
const WHICH_PARTY =
  /\bwho(?:'s|s| is| was| put| gave| paid| invested| spent)?\b|\bwhich (?:one|company|side|party|firm|backer|investor)\b|누가|누구|어느 ?(?:쪽|회사|곳|기업)|어디가/u;

/** Each party's own figure of a relation, when just two parties have one. */
function partiesOwn(knowledge: Knowledge, relation: string | undefined): Operand[] {
  const own = knowledge.facts.filter(
    (fact) =>
      fact.kind === "figure" &&
      fact.figure !== undefined &&
      fact.relation === relation &&
      fact.subject.length === 1,
  );
  if (own.length !== 2) return [];
  return own.flatMap((fact) =>
    fact.figure ? [{ value: fact.figure.value, unit: fact.figure.unit, fact, own: true }] : [],
  );
}

/** The figure of the one relation a question names ("the valuation"), when just one has one. */
function onlyRelationFigure(knowledge: Knowledge, scope: QuestionScope): Fact | undefined {
  const named = scope.relations.filter((relation) =>
    knowledge.facts.some((fact) => fact.kind === "figure" && fact.relation === relation.id),
  );
  if (named.length !== 1 || scope.entities.length > 1) return undefined;
  const facts = knowledge.facts.filter(
    (fact) => fact.kind === "figure" && fact.figure && fact.relation === named[0]?.id,
  );
  return facts.length === 1 ? facts[0] : undefined;
}

/**
 * The earlier value of a measure: the one other amount, in its unit, its own statement names
 * ("about $350 billion, up from $183 billion"); none when it names several or none.
 */
function earlierAmount(knowledge: Knowledge, fact: Fact): Operand | undefined {
  if (fact.figure?.unit !== "USD") return undefined;
  const own = fact.figure.value;
  const others = [...mentionedAmounts(knowledge)].filter(
    ([value, named]) => named === fact && value !== own,
  );
  const [only] = others;
  return only && others.length === 1
    ? { value: only[0], unit: "USD", fact, own: false }
    : undefined;
}

/** The earlier value of a measure its fact states ("up from $183 billion"), if just one. */
export function earlierValue(knowledge: Knowledge, fact: Fact): number | undefined {
  return earlierAmount(knowledge, fact)?.value;
}

/** The figure of the same relation whose subjects include this one's ("the combined 15B"). */
function wholeOf(knowledge: Knowledge, part: Fact): Operand | undefined {
  const fact = knowledge.facts.find(
    (candidate) =>
      candidate.kind === "figure" &&
      candidate.figure !== undefined &&
      candidate.relation === part.relation &&
      candidate.subject.length > part.subject.length &&
      part.subject.every((id) => candidate.subject.includes(id)),
  );
  return fact?.figure
    ? { value: fact.figure.value, unit: fact.figure.unit, fact, own: true }
    : undefined;
}

/** "NVIDIA's investment (up to $10 billion) is $0.01 trillion." */
function converted(operand: Operand, unit: AskedUnit, language: Language): string | undefined {
  if (operand.unit !== unit.from) return undefined;
  const written = writtenInUnit([operand], operand.value, unit, language);
  return language === "ko"
    ? `${describe(operand, language)}는 ${written}입니다.`
    : `${capital(describe(operand, language))} is ${written}.`;
}

/** "That total is 21 trillion won (…)." — a sum in the unit asked; "" when it is not the figures'. */
function totalInUnit(operands: readonly Operand[], unit: AskedUnit, language: Language): string {
  if (!operands.every((operand) => operand.unit === unit.from)) return "";
  const total = operands.reduce((sum, operand) => sum + operand.value, 0);
  const written = writtenInUnit(operands, total, unit, language);
  return language === "ko" ? `합계는 ${written}입니다.` : `That total is ${written}.`;
}

/** A value of the operands' unit written in the unit asked, "about" when an operand is. */
function writtenInUnit(
  operands: readonly Operand[],
  value: number,
  unit: AskedUnit,
  language: Language,
): string {
  return `${approximate(operands, language)}${unit.write(value / unit.scale, language)}`;
}

function statement(
  operation: Exclude<Operation, "convert">,
  operands: readonly Operand[],
  language: Language,
): string | undefined {
  const sorted = [...operands].sort((a, b) => b.value - a.value);
  const [big, small] = sorted as [Operand, Operand];
  const ko = language === "ko";
  switch (operation) {
    case "ratio": {
      if (small.value === 0 || big.value === small.value) return undefined;
      const ratio = big.value / small.value;
      const words = timesWords(ratio, language);
      return ko
        ? `${describe(big, language)}는 ${describe(small, language)}의 ${words}입니다.`
        : `${capital(describe(big, language))} is ${words} ${describe(small, language)}.`;
    }
    case "share": {
      if (big.value === small.value) return undefined;
      const share = small.value / big.value;
      const words = shareWords(share, language);
      return ko
        ? `${describe(small, language)}는 ${describe(big, language)}의 ${words}입니다.`
        : `${capital(describe(small, language))} is ${words} of ${describe(big, language)}.`;
    }
    case "difference": {
      if (big.value === small.value) return undefined;
      const difference = `${approximate(operands, language)}${amount(big.value - small.value, big.unit, language)}`;
      const basis = upToBasis(operands, language);
      // One measure before and after ("from 183 to 350"): how many times over, too.
      // …with the subtraction written out in the figures' own scale ("350 − 183 = 167").
      const times =
        big.fact === small.fact
          ? ` (${workedDifference(big.value, small.value, language)}${timesWords(big.value / small.value, language)}, ${riseWords(big.value / small.value - 1, language)})`
          : "";
      return ko
        ? `${describe(big, language)}는 ${describe(small, language)}보다 ${difference} 더 큽니다${basis}${times}.`
        : `${capital(describe(big, language))} is ${difference} more than ${describe(small, language)}${basis}${times}.`;
    }
    case "sum": {
      const total = `${approximate(operands, language)}${amount(
        operands.reduce((sum, operand) => sum + operand.value, 0),
        big.unit,
        language,
      )}`;
      const list = operands.map((operand) => describe(operand, language));
      const kinds = new Set(operands.map((operand) => operand.fact.relation));
      const mixed =
        kinds.size > 1
          ? ko
            ? " 다만 서로 다른 종류의 금액(투자와 구매 약정 등)을 더한 값입니다."
            : " Note that this adds figures of different kinds (investment and spending commitments)."
          : "";
      return ko
        ? `${list.join(" + ")}를 더하면 ${total}입니다.${mixed}`
        : `${capital(list.join(" + "))} add up to ${total}.${mixed}`;
    }
    case "average": {
      // Of one kind only: the mean of an investment and a purchase measures nothing.
      if (new Set(operands.map((operand) => operand.fact.relation)).size > 1) return undefined;
      const mean = `${approximate(operands, language)}${amount(
        operands.reduce((sum, operand) => sum + operand.value, 0) / operands.length,
        big.unit,
        language,
      )}`;
      const list = operands.map((operand) => describe(operand, language));
      const basis = upToBasis(operands, language);
      return ko
        ? `${list.join(", ")}의 평균은 ${mean}입니다${basis}.`
        : `The average of ${list.join(" and ")} is ${mean}${basis}.`;
    }
  }
}

function describe(operand: Operand, language: Language): string {
  const figure =
    operand.own && operand.fact.figure
      ? formatFigure(operand.fact.figure, language)
      : amount(operand.value, operand.unit, language);
  if (!operand.own) return figure;
  const label = operand.fact.label[language];
  if (language === "ko") return `${label}(${figure})`;
  // "Anthropic's valuation" takes no article.
  return /^\S+'s\b/u.test(label) ? `${label} (${figure})` : `the ${lower(label)} (${figure})`;
}

function amount(value: number, unit: Figure["unit"], language: Language): string {
  return formatFigure({ value, unit, qualifiers: [] }, language);
}

/** A result computed from an "about" figure is about as well. */
function approximate(operands: readonly Operand[], language: Language): string {
  const about = operands.some(
    (operand) => operand.own && operand.fact.figure?.qualifiers.includes("about"),
  );
  return about ? (language === "ko" ? "약 " : "about ") : "";
}

/** " (on the 'up to' figures)" when an operand is an upper bound, else nothing. */
function upToBasis(operands: readonly Operand[], language: Language): string {
  if (!upperBound(operands)) return "";
  return language === "ko" ? " ('최대' 금액 기준)" : " (on the 'up to' figures)";
}

function upperBound(operands: readonly Operand[]): boolean {
  return operands.some(
    (operand) => operand.own && operand.fact.figure?.qualifiers.includes("up_to"),
  );
}

function timesWords(ratio: number, language: Language): string {
  const exact = Number.isInteger(ratio);
  const rounded = Math.round(ratio * 10) / 10;
  if (language === "ko") return exact ? `${ratio}배` : `약 ${rounded}배`;
  if (ratio === 2) return "twice (2x)";
  return exact ? `${ratio} times` : `about ${rounded} times`;
}

/**
 * "350 − 183 = 167 billion; " / "3500억 − 1830억 = 1670억; ": a difference of figures in billions
 * written as said, in the scale people read them in. Empty for smaller figures.
 */
function workedDifference(big: number, small: number, language: Language): string {
  const scale = language === "ko" ? 1e8 : 1e9;
  if (small < scale) return "";
  const [a, b, c] = [big, small, big - small].map((value) => Math.round((value / scale) * 10) / 10);
  return language === "ko" ? `${a}억 − ${b}억 = ${c}억; ` : `${a} − ${b} = ${c} billion; `;
}

/** "a rise of about 91.3%" / "약 91.3% 상승". */
function riseWords(rise: number, language: Language): string {
  const percent = Math.round(rise * 1000) / 10;
  const about = Number.isInteger(rise * 100) ? "" : language === "ko" ? "약 " : "about ";
  return language === "ko" ? `${about}${percent}% 상승` : `a rise of ${about}${percent}%`;
}

const SIMPLE_FRACTIONS: readonly (readonly [number, number, string])[] = [
  [1, 2, "a half"],
  [1, 3, "one third"],
  [2, 3, "two thirds"],
  [1, 4, "a quarter"],
  [3, 4, "three quarters"],
];

export function shareWords(share: number, language: Language): string {
  const percent = Math.round(share * 1000) / 10;
  const simple = SIMPLE_FRACTIONS.find(([top, bottom]) => Math.abs(share - top / bottom) < 1e-9);
  const exactPercent = Number.isInteger(share * 100);
  const percentWords = `${exactPercent ? "" : language === "ko" ? "약 " : "about "}${percent}%`;
  if (!simple) return percentWords;
  const [top, bottom, english] = simple;
  return language === "ko"
    ? `${bottom}분의 ${top}(${percentWords})`
    : `${english} (${percentWords})`;
}

function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "Combined investment" reads "the combined investment"; a name ("NVIDIA → …") stays. */
function lower(label: string): string {
  return /^[A-Z][a-z]+(?:ed|al)\b/u.test(label)
    ? `${label.charAt(0).toLowerCase()}${label.slice(1)}`
    : label;
}
