/**
 * The kind of figure a claim gives: a ceiling ("up to", "최대", "only the initial figure") or a
 * set amount ("flat", "guaranteed", "확정"). Each word is read with its own negation: "no 'up
 * to' about it" and "최대 이런 거 아니고" claim a set amount; "not fixed" and "확정이 아니라"
 * claim a ceiling. The fact sheet's "up to" and "initially" are part of the fact, so a set amount
 * claimed of them is a no and a ceiling claimed of them a yes.
 */
import { findAmounts } from "../../search/numbers.ts";
import { matchesOf } from "../../util/matches-of.ts";

/** "up to", "at most", "최대", "상한", and the start of something larger ("initially", "초기"). */
export const UP_TO_CLAIMED =
  /\bup[ -]?to\b|\bat most\b|\bmaximums?\b|\bceiling\b|\bcapped\b|\binitial(?:ly)?\b|\bto start\b|\bstarting (?:amount|figure|point)\b|\bfor starters\b|최대|상한|한도|초기|처음엔|일단은/u;

/**
 * "fixed", "firm", "flat", "guaranteed", "a set amount", "확정", "딱 정해진 양", "무조건": an amount
 * claimed to be set; so is one claimed to the unit ("exactly 1 gigawatt, no more no less",
 * "locked into", "딱 1기가").
 */
export const FIXED_CLAIMED =
  /\bset (?:amount|number|figure|quantity)\b|\b(?:fixed|firm|flat|guaranteed|locked[- ]in|locked into|set in stone|final|definite|certain|unconditional|exact|precise)\b|\bexactly (?=(?:\$|us\$)?\d)|\bno more,? (?:and )?no less\b|확정|고정|확실한 ?금액|정해진 ?(?:금액|양|물량|용량|수치|숫자)|딱 ?정해|정해져 ?있는 ?(?:양|물량|금액|용량)|최종|무조건|전액|조건 없이|(?<!\p{Script=Hangul})(?:딱|정확히) ?(?=\d)/u;

const WORD_CLAIMED = new RegExp(`${UP_TO_CLAIMED.source}|${FIXED_CLAIMED.source}`, "gu");

/** A negation just before the word ("not fixed", "isn't a firm", "no 'up to'", "rather than"). */
const DENIED_BEFORE =
  /(?:\b(?:not|no|never|without|rather than|instead of)|n't(?:\s+(?:be|been|have|has|had))?)\s+(?:(?:an?|the|really|quite|exactly)\s+)?['"‘’]?$/u;

/** A Korean denial after the word ("최대 이런 거 아니고", "확정이 아니라", "확정 아님"). */
const DENIED_AFTER =
  /^\S*\s?(?:(?:이런|그런|같은) ?(?:거|건|게)\s?|\p{Script=Hangul}+(?:은|는|이|가)?\s)?(?:아니|아닌|아님|아냐|없)/u;

/**
 * What kind of figure the claim gives, or undefined when it says neither (or both, undenied):
 * words of one kind that are not denied, and denied words of the other, count for it.
 */
export function claimedFigureKind(text: string): "ceiling" | "fixed" | undefined {
  let ceiling = 0;
  let fixed = 0;
  for (const match of matchesOf(WORD_CLAIMED, text)) {
    const word = match[0];
    const at = match.index;
    // "went up to 350 billion", "from 183 billion up to 350": where a figure moved to, not
    // a ceiling.
    // "signed up to spend 30b", "adds up to 15b": a verb's own "up", no ceiling either.
    const before = text.slice(Math.max(0, at - 30), at);
    if (
      /^up/.test(word) &&
      (movedUpTo(text.slice(Math.max(0, at - 60), at)) || PHRASAL_UP_BEFORE.test(before))
    ) {
      continue;
    }
    const denied = DENIED_BEFORE.test(before) || DENIED_AFTER.test(text.slice(at + word.length));
    if (UP_TO_CLAIMED.test(word) !== denied) ceiling += 1;
    else fixed += 1;
  }
  if (ceiling > 0 && fixed === 0) return "ceiling";
  if (fixed > 0 && ceiling === 0) return "fixed";
  return undefined;
}

/** A verb of rising just before "up to" ("went up to", "jumped up to"). */
const RISE_BEFORE =
  /\b(?:went|gone|goes|going|rose|risen|rises|rising|jumped|jumps|climbed|climbs|shot|soared|grew|grown|moved|bumped|increased|ballooned|surged)\s+$/u;

/**
 * A verb whose own particle is the "up" ("signed up to spend", "lined up to", "teamed up to",
 * "adds up to", "summed up to").
 */
const PHRASAL_UP_BEFORE =
  /\b(?:sign|signs|signed|signing|line|lines|lined|lining|set|sets|setting|gear|gears|geared|gearing|tee|teed|step|steps|stepped|stepping|team|teams|teamed|teaming|pair|paired|pairing|hook|hooked|hooking|link|linked|linking|buddy|buddied|cozy|cozied|add|adds|added|adding|sum|sums|summed|summing|match|matched|shape|shapes|shaped|shaping|open|opened|opening|warm|warmed|warming)\s+$/u;

/** "from 183 billion ": a figure the value moved from, just before "up to". */
const FROM_BEFORE = /\bfrom\s+([^,.?!;]{1,50})$/u;

/** Whether the text just before "up to" makes it where a figure moved to. */
function movedUpTo(before: string): boolean {
  if (RISE_BEFORE.test(before)) return true;
  const from = FROM_BEFORE.exec(before)?.[1];
  return from !== undefined && findAmounts(from).length > 0;
}
