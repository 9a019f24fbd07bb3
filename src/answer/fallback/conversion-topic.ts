/**
 * "300억 달러, 우리 돈으로 몇 조여 환율 1400원이면?", "NVIDIA's $10B, in yen at 150 to the
 * dollar?": a dollar figure said first, then a conversion asked with no dollar figure of its
 * own. The figure is what is converted, not a claim or a part of its own.
 */
import { findAmounts } from "../../search/numbers.ts";
import { askedUnit } from "./asked-unit.ts";

/** The figure, a comma, then the rest (one comma: a longer list is read part by part). */
const FIGURE_THEN_REST =
  /^((?:[^,?!.]|(?<=\d)[,.](?=\d)){1,80}?)\s*,\s+((?:[^,]|(?<=\d),(?=\d))+)$/u;

/** Words after the figure that still belong to it ("달러는", "dollars"), not a clause. */
const MAX_AFTER_FIGURE = 3;

/** The question with the figure joined to its conversion, or undefined when it is not one. */
export function withConversionTopicJoined(question: string): string | undefined {
  const found = FIGURE_THEN_REST.exec(question.trim());
  const [, head = "", rest = ""] = found ?? [];
  if (!found || askedUnit(rest) === undefined) return undefined;
  const last = findAmounts(head).at(-1);
  if (last?.currency !== "usd" || head.slice(last.end).trim().length > MAX_AFTER_FIGURE) {
    return undefined;
  }
  if (findAmounts(rest).some((amount) => amount.currency === "usd")) return undefined;
  return `${head} ${rest}`;
}
