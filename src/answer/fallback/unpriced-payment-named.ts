/**
 * A payment with no figure in money, asked about without asking its amount: whether there is an
 * amount at all ("상기 건에서 A가 B에 지급하는 거래 금액도 있습니까?", "is there any dollar figure on
 * what A pays B?") or what it buys with the amount set aside ("what does A pay B for (not the $
 * amount, just what for)?", "A가 B한테 내는 돈은 무슨 명목이야?"). The payment exists, so its fact
 * answers (it says what is bought and that no figure was given), not a turn-away. "How much",
 * "얼마", "ballpark" still ask the amount, which stays not covered.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { NotCovered } from "./scope.ts";
import { priced } from "./unpriced-leg.ts";

/** The amount itself asked: not answered here. */
const AMOUNT_ASKED =
  /\bhow (?:much|big|large)\b|\bballpark\b|\bprice tag\b|\bestimat\w*|\bguess\w*|\broughly\b|\babout how\b|얼마|대략|추정|대충/u;
/** Whether an amount is given at all: "…금액도 있습니까?", "is there a figure", "공개됐어?". */
const WHETHER_GIVEN =
  /\b(?:is|was|are) there (?:a|an|any)\b|\bany (?:dollar |money )?(?:figure|number|amount|price|sum)\b|\b(?:disclosed|made public|reported|revealed|stated|released)\b|(?:금액|액수|대금|비용|가격)\S*\s(?:\S+\s)?(?:있|공개|명시|나와|나오|밝혀|알려(?:져|진|졌))/u;
/** What the money buys, asked: "pay B for?", "what for", "무슨 명목", "뭘 사는". */
const WHAT_FOR =
  /\bwhat (?:\S+ )?for\b|\bfor what\b|\bfor\s*(?:[?(.!,]|$|in (?:this|the) (?:deal|arrangement)|here|exactly|actually)|무슨 명목|어떤 명목|명목으로|무엇을 사|뭘 사|뭐 사|뭐를 사|무엇에 대한|뭐에 대한|무슨 대가|대가로 (?:뭘|뭐|무엇)/u;

/**
 * The fact of the one payment between the two parties named that has no figure in money, when
 * the question asks of it anything but its amount. Undefined otherwise.
 */
export function unpricedPaymentNamed(
  knowledge: Knowledge,
  normalized: string,
  notCovered: NotCovered,
): Fact | undefined {
  if (AMOUNT_ASKED.test(normalized)) return undefined;
  if (!WHETHER_GIVEN.test(normalized) && !WHAT_FOR.test(normalized)) return undefined;
  const parties = notCovered.entities.filter((entity) => !entity.outside);
  if (parties.length !== 2 || notCovered.entities.length !== 2) return undefined;
  const ids = parties.map((entity) => entity.id);
  const between = knowledge.flows.flows.filter(
    (flow) => flow.from !== flow.to && ids.includes(flow.from) && ids.includes(flow.to),
  );
  // Only a pair whose every payment lacks a figure in money: otherwise a figure is given.
  const unpriced = between.filter((flow) => !priced(flow));
  if (unpriced.length !== 1 || between.length !== 1) return undefined;
  const [flow] = unpriced;
  return knowledge.facts.find((fact) => fact.id === flow?.fact);
}
