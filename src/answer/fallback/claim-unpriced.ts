/**
 * A sum of money claimed for a payment the record gives no figure for ("Microsoft's purchase of
 * NVIDIA systems is around $20B, right?", "마소가 엔비디아에 200억 달러 주는 거 맞지?"): neither
 * yes nor no. The figure of another payment between the same parties (their joint investment)
 * answers another question.
 * Which payment comes from the flows (`flows.json`): the first party named pays, the second is
 * paid, and the flow between them has no figure.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";

/** Words of paying or buying: the claim is of a payment. */
const PAYS =
  /\b(?:pay|pays|paid|paying|payment|payments|purchas\w*|buy|buys|buying|bought|spend\w*|spent|orders?|ordered|deal for)\b|지불|구매|구입|사[는들]|샀|(?:돈|값|대금|비용)\S*\s?(?:내|냈|주|줬|준|줌)|(?:에|한테|에게)(?:\s\S+){0,2}\s(?:주는|줬|준|준다|주기로|냈|내는|낸|낸다)(?=\s|$)/u;
/** Words of investing: a claim of an investment is checked against the investments. */
const INVESTS = /\binvest\w*|\bstake\b|투자|지분/u;
/** What joins two parties as one subject ("Microsoft and NVIDIA", "MS + NVIDIA", "MS, NVIDIA"). */
const JOINED = /^\s*(?:and|&|\+|,|plus)?\s*$/u;
/** A Korean particle that joins its name to the next ("마소랑 엔비디아", "마소와"). */
const JOINING_PARTICLE = /(?:과|와|랑|하고)$/u;
/** A Korean particle of the subject or topic ("마소가 엔비디아에", "MS가"): the name acts alone. */
const SUBJECT_PARTICLE = /[\p{L}\p{N}](?:이|가|은|는|도|께서)$/u;

function joined(word: string, rest: string): boolean {
  if (JOINING_PARTICLE.test(word)) return true;
  return JOINED.test(rest) && !SUBJECT_PARTICLE.test(word);
}

export interface UnpricedClaim {
  readonly entities: readonly NamedEntity[];
  readonly fact: Fact;
  /** The payment's relation, named in the answer ("Microsoft and NVIDIA's spending"). */
  readonly relation?: Knowledge["scope"]["relations"][number];
}

export function unpricedPaymentClaimed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): UnpricedClaim | undefined {
  // A sum (digits alone: a capacity is "1gw", a share "50%") that is no fact's figure: one that
  // is ("Microsoft paid NVIDIA $10B?") is a no, naming whose figure it is.
  const sums = analysis.terms.filter(
    (term) => term.kind === "amount" && /^\d{7,}$/u.test(term.text),
  );
  const figures = new Set(knowledge.facts.map((fact) => String(fact.figure?.value)));
  if (sums.length === 0 || sums.some((term) => figures.has(term.text))) return undefined;
  return unpricedFlowNamed(knowledge, analysis, scope);
}

/**
 * The payment between the two parties named (the first pays) that the record gives no figure
 * for, in a claim of paying (not investing).
 */
function unpricedFlowNamed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): UnpricedClaim | undefined {
  const text = analysis.normalized;
  if (!PAYS.test(text) || INVESTS.test(text)) return undefined;
  const named = scope.entities.filter((entity) => !entity.outside && entity.id !== "article");
  if (named.length !== 2) return undefined;
  const [payer, paid] = [...named].sort((a, b) => a.position - b.position) as [
    NamedEntity,
    NamedEntity,
  ];
  const written = text.slice(payer.position, paid.position);
  const word = /^[\p{L}\p{N}]+/u.exec(written)?.[0] ?? "";
  if (joined(word, written.slice(word.length))) return undefined;
  const flow = knowledge.flows.flows.find(
    (candidate) => candidate.from === payer.id && candidate.to === paid.id,
  );
  if (!flow || flow.figure !== undefined) return undefined;
  const fact = factOfFlow(knowledge, flow);
  // A figure the record gives of the same payer and payee is checked as any figure is.
  const priced = knowledge.facts.some(
    (candidate) =>
      candidate.figure?.unit === "USD" &&
      candidate.subject.includes(payer.id) &&
      candidate.object.includes(paid.id),
  );
  if (!fact || priced) return undefined;
  const relation = knowledge.scope.relations.find((candidate) => candidate.id === fact.relation);
  return { entities: [payer, paid], fact, ...(relation ? { relation } : {}) };
}

/** A word for the sum of a payment: "amount", "figure", "how much", "금액", "액수". */
const AMOUNT_WORD =
  /\b(?:amount|figure|sum|price|price tag|dollar value|how much)\b|금액|액수|가격|대금|얼마/u;
/** A word of a sum being given somewhere: "stated", "disclosed", "명시", "나와", "공개". */
const STATED_WORD =
  /\b(?:stated?|states|given|gives?|announc\w*|disclos\w*|specifi\w*|spelled out|spelt out|published|revealed|mentioned|mentions|listed|made public|public)\b|명시|나와|나오|나온|적혀|적시|공개|밝혀|밝힌|기재|언급/u;

/**
 * "The amount Microsoft pays NVIDIA is stated in the release, right?", "마소가 엔비디아에 지불하는
 * 금액이 발표문에 명시돼 있다는 게 맞나요?": the sum of a payment claimed as given, where the record
 * gives none. A no (a yes when the claim denies it), with the payment's fact, which says so.
 * Neither sum nor figure is written: a figure claimed is `unpricedPaymentClaimed`'s.
 */
export function unpricedSumClaimedGiven(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): UnpricedClaim | undefined {
  const text = analysis.normalized;
  if (!AMOUNT_WORD.test(text) || !STATED_WORD.test(text)) return undefined;
  if (analysis.terms.some((term) => term.kind === "amount")) return undefined;
  return unpricedFlowNamed(knowledge, analysis, scope);
}
