/**
 * "1) How big is NVIDIA's investment? 2) will NVDA go up because of it?", "How much did Microsoft
 * put in? Should I buy MSFT now?": a question mark, or a list item's number, ends one ask and
 * opens the next. The halves on each side of such an end, first end first, at most two.
 */
import { matchesOf } from "../../util/matches-of.ts";

const ASK_END = /(?<=[?？])\s+(?:\(?\d{1,2}[).]\s*|[②-⑩]\s*)?|\s+(?:\(?\d{1,2}\)|[②-⑩])\s*/gu;

/** A join that is only a list item's number, or nothing but space after a question mark. */
export const LIST_MARK_JOIN = /^\s*(?:\(?\d{1,2}[).]|[②-⑩])?\s*$/u;

/** The first item's number: "1) 엔비디아 투자액은?" asks no claim of "1". */
const FIRST_MARK = /^\s*(?:\(?\d{1,2}[).]|[①-⑩])\s*/u;

export function halvesAtAskEnds(question: string): [string, string][] {
  const halves: [string, string][] = [];
  for (const end of matchesOf(ASK_END, question)) {
    const at = end.index ?? 0;
    const before = question.slice(0, at).replace(FIRST_MARK, "").trim();
    const after = question.slice(at + end[0].length).trim();
    if (before === "" || after === "") continue;
    halves.push([before, after]);
    if (halves.length === 2) break;
  }
  return halves;
}
