/**
 * A figure claimed with a hedge ("about 180 billion", "a hundred and eighty-odd billion",
 * "1800억 정도") claims a figure near it, not that exact one: checked against the facts, it is
 * the figure they state within a few percent of it, so "went from about 180 to 350 billion?" is
 * confirmed by "up from $183 billion" and not denied for being three billion off.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import { findAmounts } from "../../search/numbers.ts";

/** How far a hedged figure may be from a stated one and still claim it (a share of it). */
const HEDGE_TOLERANCE = 0.05;

const HEDGE_BEFORE =
  /(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|close to|circa|like|some)\s+|~\s*|(?<!\p{Script=Hangul})(?:약|대략|대충|거의)\s?)(?:(?:us)?\$\s?)?$/u;
const HEDGE_WITHIN = /\d[ -]?ish\b|[ -]odd\b|-something\b|-plus\b|(?<![a-z])ish\b/u;
const HEDGE_AFTER = /^\s?(?:or so\b|give or take\b|정도|쯤|가량|남짓|언저리|내외|안팎)/u;

/** The keys (see findAmounts) of the dollar amounts a text hedges. */
export function hedgedAmountKeys(text: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const amount of findAmounts(text)) {
    if (amount.currency === "krw") continue;
    if (
      HEDGE_BEFORE.test(text.slice(Math.max(0, amount.start - 16), amount.start)) ||
      HEDGE_WITHIN.test(text.slice(amount.start, amount.end)) ||
      HEDGE_AFTER.test(text.slice(amount.end, amount.end + 12))
    ) {
      keys.add(amount.key);
    }
  }
  return keys;
}

/** Every dollar amount the facts state, in their figures and their English statements. */
const statedDollarAmounts = oncePerKnowledge((knowledge): readonly number[] => {
  const values = new Set<number>();
  for (const fact of knowledge.facts) {
    if (fact.figure?.unit === "USD") values.add(fact.figure.value);
    for (const amount of findAmounts(fact.statement.en.toLowerCase())) {
      if (amount.currency !== "krw" && /^\d+(?:\.\d+)?$/.test(amount.key)) {
        values.add(Number(amount.key));
      }
    }
  }
  return [...values];
});

/** The stated dollar amount a hedged one claims: the nearest within the tolerance, if any. */
export function statedAmountNear(knowledge: Knowledge, value: number): number | undefined {
  let nearest: number | undefined;
  for (const stated of statedDollarAmounts(knowledge)) {
    if (Math.abs(stated - value) > stated * HEDGE_TOLERANCE) continue;
    if (nearest === undefined || Math.abs(stated - value) < Math.abs(nearest - value)) {
      nearest = stated;
    }
  }
  return nearest;
}
