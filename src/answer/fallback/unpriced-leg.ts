/**
 * An amount of money asked of a payment the flows give no figure in money for: "MS가 엔비디아한테
 * 시스템 사는 금액은 얼마야?", "ballpark, what is Microsoft paying Nvidia for those systems?",
 * "1기가와트 구축 비용은 달러로?", "Microsoft is paying NVIDIA $10B for the systems, right?". A
 * nearby figure (the capacity, another pair's investment) is no answer: the amount is not
 * covered, and what is known of the payment (that it exists, its capacity) is said.
 * Which payment comes from `flows.json`: the one between the two parties named, the one whose
 * figure is named ("1 GW"), or the purchases of one party, narrowed by the thing bought ("칩",
 * "hardware") where the question names one. Investments and sums of several parties are asked
 * elsewhere; a flow with a figure in money (dollars, won) answers as it always did.
 */

import { formatFigure, isMoney } from "../../knowledge/figures.ts";
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import { flowParties } from "../../knowledge/flow-parties.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { flowThings } from "./claim-flow-thing.ts";
import type { QuestionScope } from "./scope.ts";

type Flow = Knowledge["flows"]["flows"][number];

/**
 * The amount asked by a word of asking ("how much", "얼마", "ballpark", "what is A paying B …"),
 * not "what does A pay B for (in this deal)?", which asks what it buys.
 */
const AMOUNT_ASKED =
  /\bhow much\b|\bwhat(?:'s| is| are| does| do| did| was| will)? \S+ (?:\S+ )?(?:pay|pays|paying|paid|spend\w*|charg\w*|shell\w* out|fork\w* (?:out|over)|cough\w* up)\b(?!.*\bfor\b(?=\s*(?:[?.!,]|$|(?:in|at|on|under|here|now|exactly|really|then|again|anyway|actually)\b)))|\bballpark\b|\bprice tag\b|\bwhat(?:'s| is| was| will be) the (?:(?:exact|actual|precise|specific|real|total|final) )?(?:price|cost|amount|dollar figure|sum)\b|얼마/u;
/**
 * Or by a word of money ending the question, a list item ("엔비디아가 받는 칩 주문 금액", "the
 * price?"): within the question it may be what another word asks of ("비용은 누구를 거쳐서 나가?").
 */
const AMOUNT_NOUN_ENDS =
  /(?:금액|액수|비용|가격|대금|계약금|값)(?:은|는|이|가)?\s*[?？]*\s*$|\b(?:price|cost|amount|dollar figure)\s*[?？]*\s*$/u;
/** Another ask beside it: who, where, why, directly or through, one or the other, converted. */
const OTHER_ASK =
  /누구|누가|어디|왜|어떻게|아니면|거쳐|거치|경유|환산|\b(?:who|where|why|which|or|via|through|convert\w*|anything|at all)\b|\bin dollars\b/u;
/** A price of one unit ("칩 한 개 가격", "per GPU"): no payment's amount. */
const PER_UNIT =
  /한 ?개|개당|대당|한 ?대|\bper (?!year|month)\w+|\bapiece\b|\bunit price\b|\beach\b/u;
/** Money by name: the amount is in money, not the capacity a compute deal gives. */
const MONEY =
  /\$|\bshell\w* out\b|\bfork\w* (?:out|over)\b|\bcough\w* up\b|\bpa(?:y|ys|id|ying)\b|\bspen[dt]\w*|\bprice[ds]?\b|\bcosts?\b|\bcosting\b|\bdollars?\b|\bmoney\b|\bballpark\b|\bcash\b|금액|액수|비용|가격|대금|계약금|달러|돈|\S값|(?:^|\s)(?:내|내는|낸|낼|내요|냄|지불)/u;
/** Whether a figure is given at all, asked: its answer is that none is. */
const WHETHER_GIVEN =
  /\b(?:is|was|are) (?:there|a|any)\b.*\b(?:figure|number|amount|price)\b|\b(?:given|disclosed|public|reported|revealed|mentioned|known|stated|released)\b|공개|명시|나와|나오|밝혔|밝히|알려|언급|있(?:어|나|나요|어요|습니까|음)/u;
/** Money put in for a stake: the investments, whose figures are given. */
const INVESTS = /\binvest\w*|\bstakes?\b|\bequity\b|투자|지분/u;
/** Buying named: the purchases between the parties. */
const BUYS =
  /\bbuy\w*|\bbought\b|\bpurchas\w*|\border\w*|사는|사요|사서|샀|산다|구매|구입|주문|\S값/u;
/** Several parties' money together, or set against each other: a sum or a comparison. */
const TOGETHER =
  /\b(?:vs\.?|versus|total|combined|together|altogether|sum|each|compar\w*|differen\w*|more|less)\b|합계|합쳐|합치|총액|각각|차이|비교|보다/u;
/** One party receiving: its sales ("엔비디아가 받는 칩 주문 금액"). */
const RECEIVES = /\b(?:gets?|getting|receiv\w*|earn\w*|makes?)\b|받/u;
/** What joins two names as one subject ("A and B", "A랑 B"). */
const JOINED = /^\s*(?:and|&|\+|,|plus|or)?\s*$/u;
const JOINING_PARTICLE = /(?:과|와|랑|이랑|하고)$/u;
/** A Korean particle of the subject or of where money goes ("MS가 엔비디아한테"): not joined. */
const ACTS_ALONE = /.(?:이|가|은|는|도|께서|한테|에게|에)$/u;

const BETWEEN = /\bbetween\b|사이/u;
/** A Korean subject, and where the money goes: "앤트가 엔비한테". */
const SUBJECT = /.(?:이|가|은|는|께서)$/u;
const GOAL = /.(?:한테|에게|에)$/u;
/** "A is paying B", "A pays B": the first named pays the second. */
const PAYS_NEXT = /^\s*(?:(?:is|was|will|would)\s+)?(?:pay|pays|paying|paid)\s*$/u;

/** One payment asked, and nothing given for its amount in money. */
export interface UnpricedLeg {
  readonly flows: readonly Flow[];
}

/**
 * What each payment buys, as concept features: its own words' concepts and its fact's relation's,
 * less those of paying itself (the concepts of the relations every payment's fact may be of).
 */
const boughtThings = oncePerKnowledge((knowledge, index: KnowledgeIndex) => {
  const things = flowThings(index);
  const conceptsOf = (flow: Flow) => {
    const relation = factOfFlow(knowledge, flow)?.relation;
    return (
      knowledge.scope.relations.find((candidate) => candidate.id === relation)?.concepts ?? []
    ).map((concept) => `c:${concept}`);
  };
  // The concepts of the payments' own relations (spending, investing) name the paying.
  const paying = new Set(
    knowledge.flows.flows.filter((flow) => flow.kind !== "compute").flatMap(conceptsOf),
  );
  const byFlow = new Map<string, ReadonlySet<string>>();
  for (const flow of knowledge.flows.flows) {
    const own = [...(things.get(flow.id) ?? []), ...conceptsOf(flow)];
    byFlow.set(flow.id, new Set(own.filter((feature) => !paying.has(feature))));
  }
  return byFlow;
});

/** A flow with a figure in money has its amount given. */
export function priced(flow: Flow): boolean {
  return flow.figure !== undefined && isMoney(flow.figure);
}

export function unpricedLegAsked(
  index: KnowledgeIndex,
  analysis: Analysis,
  scope: QuestionScope,
): UnpricedLeg | undefined {
  const text = analysis.normalized;
  // The words as written: the glossary's rewrites ("diagram" -> "who pays whom") ask nothing.
  const written = analysis.asWritten ?? text;
  // A sum claimed ("MS paid NVIDIA $10B?") is checked as a figure, naming whose it is; whether a
  // figure is given at all ("is there a figure for…?", "금액 공개됐어?") is answered: none is.
  // A claim ("MS announced how much it pays NVIDIA, right?") gets its yes or no elsewhere.
  if (analysis.asksToConfirm) return undefined;
  if (!(AMOUNT_ASKED.test(written) || AMOUNT_NOUN_ENDS.test(written))) return undefined;
  if (WHETHER_GIVEN.test(written) || OTHER_ASK.test(written) || PER_UNIT.test(written))
    return undefined;
  // A sum named ("the 30 billion") is what the question is about.
  if (analysis.terms.some((term) => term.kind === "amount" && /^\d{7,}$/u.test(term.text))) {
    return undefined;
  }
  if (!MONEY.test(written) || INVESTS.test(written) || TOGETHER.test(written)) return undefined;
  if (analysis.asksForAdvice || scope.entities.some((entity) => entity.outside)) return undefined;
  const { knowledge } = index;
  const flows = knowledge.flows.flows;
  const parties = flowParties(knowledge);
  const named = scope.entities.filter((entity) => parties.has(entity.id));
  const things = boughtThings(knowledge, index);
  const features = new Set(
    analysis.terms.flatMap((term) => (term.kind === "concept" ? term.features : [])),
  );
  const buys = (flow: Flow) => [...(things.get(flow.id) ?? [])].some((f) => features.has(f));
  const thingNamed = flows.some(buys);
  let asked: Flow[];
  if (named.length === 2) {
    const [a, b] = named as [(typeof named)[0], (typeof named)[0]];
    const between = text.slice(a.position, b.position);
    const word = /^[\p{L}\p{N}]+/u.exec(between)?.[0] ?? "";
    const alone = ACTS_ALONE.test(word);
    // "between A and B", "A랑 B 사이": the money between them, not theirs together.
    const joined =
      JOINING_PARTICLE.test(word) || (!alone && JOINED.test(between.slice(word.length)));
    if (joined && !BETWEEN.test(text)) {
      return undefined;
    }
    const pair = flows.filter(
      (flow) => [a.id, b.id].includes(flow.from) && [a.id, b.id].includes(flow.to),
    );
    // The purchase of the thing named, else the pair's purchases ("GPUs" for "systems").
    const purchases = pair.filter((flow) => flow.purchase);
    const ofThing = purchases.filter(buys);
    const bought = ofThing.length > 0 ? ofThing : purchases;
    // "앤트가 엔비한테 …", "A is paying B …": the money goes from the one to the other.
    const after = text.slice(b.position);
    const toSecond =
      (SUBJECT.test(word) && GOAL.test(/^\S+/u.exec(after)?.[0] ?? "")) ||
      PAYS_NEXT.test(between.slice(word.length));
    const oneWay = toSecond ? pair.filter((flow) => flow.from === a.id) : pair;
    asked = thingNamed || BUYS.test(text) ? bought : oneWay;
  } else if (named.length === 1) {
    // One party's purchases of the thing named: what it buys, or what it sells when it receives.
    const [party] = named as [(typeof named)[0]];
    if (!thingNamed) return undefined;
    const receives = RECEIVES.test(text);
    asked = flows.filter(
      (flow) => flow.purchase && buys(flow) && (receives ? flow.to : flow.from) === party.id,
    );
  } else {
    // No party: the flow whose own figure is named ("1기가와트 구축 비용").
    const figures = new Set(
      analysis.terms.flatMap((term) => (term.kind === "amount" ? [term.text] : [])),
    );
    const byFigure = flows.filter(
      (flow) =>
        flow.figure &&
        !priced(flow) &&
        figures.has(`${flow.figure.value}${flow.figure.unit.toLowerCase()}`),
    );
    asked = byFigure;
  }
  // One way only, and none of it priced in money.
  if (asked.length === 0 || asked.some(priced)) return undefined;
  if (named.length === 2 && new Set(asked.map((flow) => flow.from)).size > 1) return undefined;
  return { flows: asked };
}

/** Paying said with its verb ("pays", "돈 줌", "내요"), not a word of money alone ("금액 말이여"). */
const PAYING =
  /\bpa(?:y|ys|id|ying)\b|\bspen[dt]\w*|돈|지불|(?:^|\s)(?:내|내는|낸|내요|냄|줌|줘|줘요|주나|주는|줬)(?=\s|$)/u;
/** The question's asks, one per sentence or "…, and how much": "A pays B? How much?". */
const ASKS = /[?？]+|,\s*(?:and\s+)?(?:if so\s*,?\s*)?(?=how much\b)/u;

/**
 * Whether the payment is asked about too, as an ask of its own beside the amount's: "Microsoft
 * pays to Nvidia in this deal? how much?", "마소가 엔비디아한테도 돈 줌? 얼마임?". That it is made
 * is known, so the answer is yes, with no figure; asked alone, the amount is what is not covered.
 */
export function paymentAskedToo(written: string): boolean {
  const asks = written
    .split(ASKS)
    .map((ask) => ask.trim())
    .filter((ask) => ask.length > 0);
  if (asks.length < 2 || !asks.some((ask) => AMOUNT_ASKED.test(ask))) return false;
  return asks.some((ask) => !AMOUNT_ASKED.test(ask) && PAYING.test(ask));
}

/** A flow's words in parentheses ("(no figure given)") are said by this answer itself. */
const ASIDE = /\s*\([^)]*\)\s*$/u;

/** What is known of each payment, and that no amount in money is given for it. */
export function unpricedLegLead(
  knowledge: Knowledge,
  language: Language,
  { flows }: UnpricedLeg,
): string {
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const legs = flows.map((flow) => {
    const what = flow.what[language].replace(ASIDE, "");
    const figure = flow.figure ? formatFigure(flow.figure, language) : undefined;
    const known = figure
      ? language === "ko"
        ? `${what}, 규모는 금액이 아니라 ${figure}`
        : `${what}; its figure is ${figure}, not money`
      : what;
    return `${name(flow.from)} → ${name(flow.to)} (${known})`;
  });
  return language === "ko"
    ? `기사와 발표 자료는 ${legs.join(", ")}의 금액을 밝히지 않아요.`
    : `The article and the announcement give no figure in money for ${legs.join(" or ")}.`;
}
