/**
 * "Of that $30B, how much ends up with NVIDIA?", "300억 중에 엔비디아 몫은?": the part of one
 * payment that reaches a party who is neither its payer nor its payee. The knowledge gives what
 * flows between two parties, never how much of it passes on to a third; dividing another party's
 * figure by the sum (a third of it) would answer a question nobody asked.
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { NotCovered, QuestionScope } from "./scope.ts";

/** The relation a share of a sum is reported under (arithmetic on the sum does not answer it). */
export const SHARE_OF_SUM = "share-of-sum";

/**
 * A part of a sum: "X 중에 / 중 / 가운데" right after an amount, or "how much / what % / what
 * share of (that) $X" in English.
 */
const PART_OF_SUM =
  /[\d일이삼사오육칠팔구십백천만억조]\s?(?:달러|불)?\s?(?:중에서|중에|중|가운데)(?=\s|$|[?!.,])|\b(?:how much|what (?:%|percent(?:age)?|share|part|portion|fraction|chunk|slice|cut)|which (?:part|portion|share))\s+of\s+(?:the\s+|that\s+|this\s+|those\s+)?(?:us)?\$?\d|\b(?:share|cut|slice|portion|chunk|part) of (?:the |that |this )?\$\d/u;

/**
 * The parties named besides the payer and payee of a payment whose sum is asked to be split
 * ("…중에 엔비디아 몫"), as not covered: the share of that sum each would get.
 */
export function shareOfSumNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  analysis: Analysis,
): NotCovered | undefined {
  if (!PART_OF_SUM.test(analysis.normalized)) return undefined;
  const amounts = analysis.terms.filter((term) => term.kind === "amount");
  if (amounts.length !== 1) return undefined;
  const amount = (amounts[0] as (typeof amounts)[number]).text;
  const flow = knowledge.flows.flows.find(
    (candidate) =>
      (candidate.kind ?? "payment") === "payment" &&
      candidate.figure?.unit === "USD" &&
      String(candidate.figure.value) === amount,
  );
  if (!flow?.figure) return undefined;
  const main = knowledge.manifest.entities;
  const parties = scope.entities.filter(
    (entity) => !entity.outside && main.some((known) => known.id === entity.id),
  );
  const others = parties.filter((entity) => entity.id !== flow.from && entity.id !== flow.to);
  if (others.length === 0) return undefined;
  const sum = { ko: formatFigure(flow.figure, "ko"), en: formatFigure(flow.figure, "en") };
  const label = { ko: `${sum.ko} 중 몫`, en: `share of the ${sum.en}` };
  return { entities: others, relation: { id: SHARE_OF_SUM, label, forms: [] }, covered: [] };
}
