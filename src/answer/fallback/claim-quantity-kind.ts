/**
 * A figure claimed to be a quantity of a kind ("the 1 GW is money, right?", "150억 달러가 전력
 * 용량이야?", "is 1 GW the price?"): the kind said as the claim's predicate is compared with the
 * kind of the figure's unit (dollars are money, gigawatts power or compute). Another kind is a
 * no, answered by the figure's own fact, which says what it is; the same kind changes nothing.
 * The kind words are those of a kind asked (figure-kind-asked.ts), nothing of one story.
 */

import { matchesOf } from "../../util/matches-of.ts";
import {
  ENGLISH_MONEY_KIND,
  ENGLISH_POWER_KIND,
  KOREAN_MONEY_KIND,
  KOREAN_POWER_KIND,
} from "./figure-kind-asked.ts";

/**
 * Compute ("compute", "capacity", "용량") is power's kind, but money buys it: "the $30B is compute
 * Anthropic buys" says what the dollars are for, so compute claimed of dollars is no other kind.
 */
type QuantityKind = "money" | "power" | "compute";

const COMPUTE_WORD = /compute|computing|capacity|flops|컴퓨팅|컴퓨트|연산|용량/u;
/** A word of power just before the compute word ("electricity capacity", "전력 용량"). */
const POWER_BEFORE = /(?:power|electric\w*|energy|전력|전기|에너지)\s?$/u;

/** Words that may stand between the copula (or the figure) and the kind ("is basically a"). */
const FILLER =
  "(?:(?:a|an|the|just|basically|really|actually|all|like|about|not|measured in|counted in|talking|more like|some)\\s+){0,3}";
/** The kind as predicate: after a copula ("is money", "isn't a dollar amount") or the figure itself ("1 GW the price"). */
const ENGLISH_PREDICATE = new RegExp(
  String.raw`(?:\b(?:is|are|was|be|gw|gigawatts?|billion|bn|usd)|n't|'s|\d)\s+${FILLER}(?:(${ENGLISH_MONEY_KIND})|(${ENGLISH_POWER_KIND}))\b`,
  "gu",
);
/** The kind before an ending of asking or saying ("돈이지", "달러인감", "돈 얘기 맞죠", "용량임"). */
const KOREAN_PREDICATE = new RegExp(
  String.raw`(?:(${KOREAN_MONEY_KIND})|(${KOREAN_POWER_KIND}))(?:\s?(?:얘기|이야기|말|쪽|거|건))?(?:인(?:가|감|겨|지)|이?(?:야|냐|지|죠|임|에요|예요|라는|라고|란)|\s?(?:맞|아니|아님|아냐|아녀))`,
  "gu",
);
/** A cheap first test: no kind word at all, no reading. */
const ANY_KIND = new RegExp(
  `${ENGLISH_MONEY_KIND}|${ENGLISH_POWER_KIND}|${KOREAN_MONEY_KIND}|${KOREAN_POWER_KIND}`,
  "u",
);

/** The one kind the text claims as its predicate, or undefined (none, or both). */
export function quantityKindClaimed(text: string): QuantityKind | undefined {
  if (!ANY_KIND.test(text)) return undefined;
  const kinds = new Set<QuantityKind>();
  for (const pattern of [ENGLISH_PREDICATE, KOREAN_PREDICATE]) {
    for (const match of matchesOf(pattern, text)) {
      // "전력 용량", "power capacity": the capacity of power is power.
      const compute =
        COMPUTE_WORD.test(match[2] ?? "") &&
        !POWER_BEFORE.test(text.slice(Math.max(0, match.index - 14), match.index));
      kinds.add(match[1] ? "money" : compute ? "compute" : "power");
    }
  }
  if (kinds.has("money")) return kinds.size === 1 ? "money" : undefined;
  return kinds.has("power") ? "power" : kinds.has("compute") ? "compute" : undefined;
}

/** The kinds a figure of each unit is not: dollars are no power, gigawatts no money. */
const OTHER_KINDS: Readonly<Record<string, readonly QuantityKind[]>> = {
  USD: ["power"],
  GW: ["money"],
};

/** Whether the text claims the figure (of this unit) is a quantity of another kind. */
export function claimsOtherQuantityKind(text: string, unit: string): boolean {
  const others = OTHER_KINDS[unit];
  if (!others) return false;
  const claimed = quantityKindClaimed(text);
  return claimed !== undefined && others.includes(claimed);
}
