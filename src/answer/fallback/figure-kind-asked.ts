/**
 * A question of what kind of quantity a figure is: "is the 1gw a dollar amount or power?",
 * "1기가와트는 돈이야 전력이야?", "전력 얘긴지 컴퓨팅 얘긴지", "the 30 billion, dollars or won?",
 * "what does the 1 GW measure?", "150억은 무슨 단위야?". It names kinds to choose between, or asks
 * the unit, and is answered by the figure's own fact (what it is, in its unit), never read as the
 * figure asked in another unit ("1기가와트면 몇 억 달러야?", which the facts do not convert).
 * Generic words of money, power and compute only, nothing of one story.
 */

import type { Analysis } from "../../search/analyze.ts";

/** English words of money or a currency (also read by a kind claimed: claim-quantity-kind.ts). */
export const ENGLISH_MONEY_KIND =
  "(?:dollars?|dollar (?:amount|figure|value|sum)|bucks|usd|money|cash|won|krw|currency|price)";
/** English words of power or compute. */
export const ENGLISH_POWER_KIND =
  "(?:power|electricity|energy|compute|computing|capacity|flops|watts?)";
/** Kinds of quantity in English: money, a currency, power, compute. */
const ENGLISH_KIND = `(?:${ENGLISH_MONEY_KIND}|${ENGLISH_POWER_KIND})`;
/** "X or Y", "X vs Y" between two kinds ("a dollar amount or like Power capacity"). */
const ENGLISH_EITHER = new RegExp(
  String.raw`\b(${ENGLISH_KIND})\b[^?]{0,40}?\b(?:or|vs\.?|versus)\b[^?]{0,30}?\b(${ENGLISH_KIND})\b`,
  "u",
);
/** "what does the 1 GW measure", "what unit is it in", "measured in what", "what kind of number". */
const ENGLISH_UNIT_ASKED =
  /\bwhat (?:does|do|is|are|'s|s) [^?]{0,30}?\bmeasur(?:e|es|ing)\b|\b(?:what|which) units?\b|\bunits? of (?:measure(?:ment)?|what)\b|\bmeasured in (?:what|which)\b|\bwhat (?:kind|sort|type) of (?:figure|number|unit|amount|quantity)\b/u;

/** Korean words of money. 원 alone is too common a syllable; 원화 is the currency. */
export const KOREAN_MONEY_KIND = "(?:돈|달러|원화|금액|현금|자금|가격)";
/** Korean words of power or compute. */
export const KOREAN_POWER_KIND = "(?:전력|전기|에너지|컴퓨팅|컴퓨트|연산|용량|와트)";
/** Kinds of quantity in Korean. */
const KOREAN_KIND = `(?:${KOREAN_MONEY_KIND}|${KOREAN_POWER_KIND})`;
/**
 * "돈이야 전력이야", "전력 얘긴지 컴퓨팅 얘긴지", "달러인가요 원화인가요", "전기 말하는 건지": a kind
 * whose word (or the 얘기 / 쪽 / 말 / 거 after it) ends on an asking ending, then another kind.
 */
const KOREAN_EITHER = new RegExp(
  String.raw`(${KOREAN_KIND})[가-힣]*(?:\s(?:얘|애|이야|말|쪽|거|건)[가-힣]*){0,2}(?:야|냐|지|가|요|임|감)(?=[\s?？,.!~]|$)[\s,]*.{0,12}?(${KOREAN_KIND})`,
  "u",
);
/** "돈 아니면 전력?", "전력 또는 컴퓨팅 중에": two kinds joined by "or". */
const KOREAN_OR = new RegExp(
  String.raw`(${KOREAN_KIND})[가-힣]*\s(?:아니면|또는|혹은)\s.{0,8}?(${KOREAN_KIND})`,
  "u",
);
/** "무슨 단위야", "단위가 뭐야", "뭐의 1기가와트", "뭘 재는 거야", "무엇을 나타내". */
const KOREAN_UNIT_ASKED =
  /(?:무슨|어떤|뭔|어느) ?단위|단위(?:가|는)? ?(?:뭐|뭔|무엇)|(?:뭐|무엇)의 |(?:뭘|무엇을|뭐를) ?(?:재는|측정|나타내|뜻하)/u;

/** A cheap first test: none of these, no reading (most questions stop here). */
const ANY_CUE = /\bor\b|\bvs\b|versus|measur|\bunits?\b|kind of|sort of|type of|[가-힣]/u;

/** Whether the question asks what kind of quantity a figure is, or its unit. */
export function asksFigureKind(text: string): boolean {
  if (!ANY_CUE.test(text)) return false;
  if (ENGLISH_UNIT_ASKED.test(text) || KOREAN_UNIT_ASKED.test(text)) return true;
  return (
    differentKinds(ENGLISH_EITHER.exec(text)) ||
    differentKinds(KOREAN_EITHER.exec(text)) ||
    differentKinds(KOREAN_OR.exec(text))
  );
}

/** Two kinds named, not one twice ("power or more power" chooses nothing). */
function differentKinds(match: RegExpExecArray | null): boolean {
  return match !== null && match[1] !== match[2];
}

/**
 * "1기가가 정확히 뭐의 1기가예요? 전력 얘긴지 컴퓨팅 얘긴지 헷갈림", "what's the 1 GW? power or
 * compute?": a part not covered that names no figure of its own and asks the kind of the figure
 * the answered part before named is part of that question, answered by its answer. The places
 * of such parts; the kind is read only of a part not covered after one answered.
 */
export function kindAskedOfFigureBefore(
  parts: readonly { readonly bare: string }[],
  answers: readonly { readonly abstained: boolean }[],
  analyze: (text: string) => Analysis,
): number[] {
  const found: number[] = [];
  for (let at = 1; at < parts.length; at++) {
    if (!answers[at]?.abstained || answers[at - 1]?.abstained !== false) continue;
    const own = analyze((parts[at] as { bare: string }).bare);
    if (own.terms.some((term) => term.kind === "amount") || !asksFigureKind(own.normalized)) {
      continue;
    }
    const before = analyze((parts[at - 1] as { bare: string }).bare);
    if (before.terms.some((term) => term.kind === "amount")) found.push(at);
  }
  return found;
}
