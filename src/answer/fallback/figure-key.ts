/**
 * A fact's figure as the question reader writes an amount ("10000000000", "1gw", "5%"), so that
 * an amount asked or claimed is compared with the facts' figures by one rule.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

/** The amount key of a fact's figure, or undefined for a fact with no figure. */
export function figureKey(fact: Fact): string | undefined {
  const figure = fact.figure;
  if (!figure) return undefined;
  return `${figure.value}${figure.unit === "GW" ? "gw" : figure.unit === "percent" ? "%" : ""}`;
}

/** Whether an amount as the reader writes it is the figure of some fact. */
export function isFigureOfAFact(knowledge: Knowledge, amount: string): boolean {
  return knowledge.facts.some((fact) => figureKey(fact) === amount);
}
