/**
 * A claim said over sentences where one only continues the one before ("투자 금액들 다 '최대'
 * 기준이지? 확정액 아니고. 맞죠?", "Both are ceilings? Not fixed sums. Right?"): a clause left open
 * (a Korean connective "-고", "-며") or a bare "not …" fragment asks nothing of its own and opens
 * no new sentence of the question; it belongs with the sentence before it.
 */
/** A clause left open ("확정액 아니고", "…이며") or a fragment that only denies ("not fixed sums"). */
const OPEN_CLAUSE = /^(?:[^.?!？]*\p{Script=Hangul}(?:고|구|며)|not\s[^.?!？]*)\s*[.,…]*$/u;

/** Whether a sentence is a clause left open, which continues the sentence before it. */
export function isOpenClause(sentence: string): boolean {
  return OPEN_CLAUSE.test(sentence.trim().toLowerCase());
}
