/**
 * "…얼마예요? 1기가와트 쓴다는데 금액으로는요", "how much is A paying B? need a number for the
 * diagram", "몇 장 들어가요? 숫자 확인 부탁": after a figure asked, a part that asks for that figure again (in money, as a number)
 * and names no party of its own asks nothing new. When the figure is not covered, neither is it.
 */
import type { Analysis } from "../../search/analyze.ts";

/** Asking for a number, or for the amount in money: "need a number", "in dollar terms", "금액으로는". */
const FIGURE_AGAIN =
  /\b(?:need|needs|want|wanted|give me|gimme|looking for|got|any)\s+(?:a |an |the |some )?(?:(?:rough|ballpark|dollar|exact|actual|hard|real)\s)?(?:number|figure|estimate|ballpark)s?\b|\bin (?:dollar|money|cash|usd) terms\b|\bin dollars\b|(?:금액|액수|달러|돈|원화)으?로\s?(?:는|치면|하면|따지면|환산하면)|숫자(?:가|로|는)?\s?(?:필요|알려|있)|(?:숫자|수치|금액|액수)(?:도|는|를|을)?\s?(?:확인|체크|검증)|\b(?:check|verify|confirm|double[- ]check)\s+(?:the |that |this )?(?:number|figure|amount|count)s?\b/u;

const HOW_MANY = /\bhow many\b/u;

export function asksTheFigureAgain(before: Analysis, bare: string, own: Analysis): boolean {
  // A count asked ("how many GPUs…?") is a figure too.
  if (!before.asksForFigure && !HOW_MANY.test(before.normalized)) return false;
  if (!FIGURE_AGAIN.test(own.normalized) && !FIGURE_AGAIN.test(bare.toLowerCase())) return false;
  // A party the part before did not name asks about someone else ("…, and NVIDIA's in dollars?").
  const named = new Set(before.terms.map((term) => term.entity));
  return own.terms.every((term) => term.entity === undefined || named.has(term.entity));
}
