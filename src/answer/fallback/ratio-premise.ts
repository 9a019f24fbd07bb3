/**
 * A ratio claimed after a premise that states the figures: "마소 50억 엔비 100억이면 엔비가 딱
 * 두배 낸 거네", "MS랑 엔비디아 합쳐서 150억 달러고, 그중 엔비디아 몫이 3분의 2인 거 맞지?",
 * "msft 5 and nvda 10, so nvda put in double?". The premise names the parties in its own order;
 * the claim is the clause after it, and whom that clause names is the one measured.
 */
import type { Knowledge } from "../../knowledge/load.ts";

/**
 * Where a premise of figures ends: a Korean conditional or connective right after a figure
 * ("…100억이면 ", "…150억 달러고, ", "…100억이니까 "), or an English ", so" / ", then" /
 * ", which means" after one; or the sentence a figure closes ("엔비디아 100억 달러로 파악됨. ").
 */
const PREMISE_END =
  /(?<=\d|억|달러|bn|billion)(?:이면|라면|면|이니까|니까|인데|이고,?|고,)\s+|(?<=\d[^\s,]*),\s*(?:so|then|which means|meaning)\s+|(?<=(?:\d|억|달러|bn|billion)[^.?!。\n]{0,15})[.。]\s+/gu;

/** Where the conclusion after a premise of figures starts, or undefined when there is none. */
export function conclusionStart(text: string): number | undefined {
  let start: number | undefined;
  for (const match of text.matchAll(PREMISE_END)) start = match.index + match[0].length;
  return start;
}

/** Where the conclusion names a party by any of its forms, or undefined if it does not. */
export function namedInConclusion(
  knowledge: Knowledge,
  text: string,
  start: number,
  party: string,
): number | undefined {
  const conclusion = text.slice(start);
  let best: number | undefined;
  for (const concept of knowledge.concepts) {
    if (concept.entity !== party) continue;
    for (const form of concept.forms) {
      const at = wordAt(conclusion, form.toLowerCase());
      if (at !== undefined && (best === undefined || at < best)) best = at;
    }
  }
  return best === undefined ? undefined : start + best;
}

/** Where a form stands as a word of its own (not inside a longer word; a particle may follow). */
function wordAt(text: string, form: string): number | undefined {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + form.length] ?? " ";
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    // A Latin name may carry a Korean particle ("ms는", "nvidia가"), not more Latin letters.
    if (/[a-z0-9]/u.test(form.at(-1) ?? "") && /[a-z0-9]/u.test(after)) continue;
    return at;
  }
  return undefined;
}
