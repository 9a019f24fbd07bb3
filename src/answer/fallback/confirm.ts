/**
 * Confirmations ("NVIDIA put in 10 billion and Microsoft 5, right?", "엔비디아 15bn 맞지?"): the
 * claimed figures, names and versions are compared with the facts, so the answer can say yes or
 * no first, with the right figure.
 */
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { stemEnglish } from "../../search/english.ts";
import { involves, type QuestionScope } from "./scope.ts";

const ENGLISH_CONFIRMATION =
  /(?:\b(?:right|correct|true|accurate|isn't it|aren't they|didn't they|don't they|doesn't it|wasn't it|isn't that so|is that so|yes or no|yes|yeah|yep|ok|okay|eh|no)\s*[?!.]*$)|^(?:so|is it true|is it correct|is it right|was it|is|are|was|were|did|does|do|has|have)\b/;
const KOREAN_CONFIRMATION =
  /(?:맞지|맞아|맞나|맞죠|맞냐|맞니|맞음|맞는지|맞습니까|맞는 ?거|사실이야|사실인가|사실임|사실이에요|진짜야|정말이야|다며|라며|했지|였지|었지|았지|이지|거지|잖아|한 거야|였나|었나|죠|지요)요?\s*[?!.~]*$/u;
/** "Is A bigger than B?" compares: it is not settled by a fact about both. */
const COMPARISON =
  /\b(?:more|less|bigger|larger|smaller|higher|lower|than|versus|vs)\b|보다|더 (?:많|크|적|작)/u;
/** "A or B?" asks which, not whether. */
const ALTERNATIVES = /\bor\b|아니면|거야 .*거야|는지 .*는지/u;

export function isConfirmation(normalized: string): boolean {
  if (ALTERNATIVES.test(normalized)) return false;
  return ENGLISH_CONFIRMATION.test(normalized) || KOREAN_CONFIRMATION.test(normalized);
}

export interface ConfirmationVerdict {
  readonly agrees: boolean;
  /** The facts that settle it, the first one stated in the first sentence. */
  readonly facts: readonly Fact[];
  /** The money goes the other way round from the claim. */
  readonly reversed: boolean;
  /** A fact whose figure the claim gave (NVIDIA's "15bn" is the combined investment). */
  readonly claimedFigureOf?: Fact;
}

interface Claim {
  readonly entities: readonly string[];
  readonly value: number;
  readonly unit: "USD" | "GW" | "percent";
}

/**
 * Checks a confirmation question against the facts (ranked best first). Undefined when the
 * question claims nothing checkable.
 */
export function checkConfirmation(
  analysis: Analysis,
  scope: QuestionScope,
  raw: string,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  const claims = readClaims(analysis, scope);
  if (claims.length > 0) return checkFigures(claims, rankedFacts, scope);
  const [best] = rankedFacts.filter((fact) => fact.kind !== "correction");
  if (!best) return undefined;
  const marks = claimedMarks(raw, analysis, scope);
  if (marks === undefined) {
    // Nothing to compare but the parties: the best fact about all of them confirms it.
    const named = scope.entities.filter((entity) => !entity.outside);
    // …and only when every word of the claim is one the knowledge has ("own" is not), or one
    // the fact itself says ("the only frontier model").
    const confirmed =
      !COMPARISON.test(analysis.normalized) &&
      analysis.terms.every((term) => term.known || inFactText(best, term.text)) &&
      named.length > 0 &&
      named.every((entity) => involves(best, entity.id));
    return confirmed ? { agrees: true, facts: [best], reversed: false } : undefined;
  }
  const text = factText(best);
  const agrees = marks.every((mark) => mark.test(text));
  return { agrees, facts: [best], reversed: false };
}

/** Figures claimed, each with the entities named just before it. */
function readClaims(analysis: Analysis, scope: QuestionScope): Claim[] {
  const entityIds = new Set(scope.entities.filter((e) => !e.outside).map((e) => e.id));
  const claims: Claim[] = [];
  let pending: string[] = [];
  let scale = 0;
  for (const term of analysis.terms) {
    const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
    if (id && entityIds.has(id)) {
      pending.push(id);
      continue;
    }
    if (term.kind !== "amount") continue;
    const amount = /^(\d+(?:\.\d+)?)(gw|%)?$/.exec(term.text);
    if (!amount) continue;
    let value = Number(amount[1]);
    const unit = amount[2] === "gw" ? "GW" : amount[2] === "%" ? "percent" : "USD";
    if (unit === "USD") {
      // "10 billion and Microsoft 5": a bare number takes the scale of the one before.
      if (value >= 1e6) scale = scaleOf(value, analysis.normalized);
      else if (scale > 0) value *= scale;
      else continue;
    }
    claims.push({ entities: pending, value, unit });
    pending = [];
  }
  // "15 billion from NVIDIA?": names after the only figure belong to it.
  const [only] = claims;
  if (claims.length === 1 && only && only.entities.length === 0 && pending.length > 0) {
    return [{ ...only, entities: pending }];
  }
  return claims;
}

function scaleOf(value: number, text: string): number {
  if (text.includes("억") && value % 1e8 === 0 && value / 1e8 < 1e4) return 1e8;
  for (const scale of [1e12, 1e9, 1e6]) {
    if (value >= scale && value / scale < 1e4) return scale;
  }
  return 1;
}

function checkFigures(
  claims: readonly Claim[],
  rankedFacts: readonly Fact[],
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const relationIds = new Set(scope.relations.map((relation) => relation.id));
  const facts: Fact[] = [];
  let agrees = true;
  let reversed = false;
  let claimedFigureOf: Fact | undefined;
  for (const claim of claims) {
    // A correction's figure is the article's wrong one: it never confirms a claim.
    const withUnit = rankedFacts.filter(
      (fact) => fact.figure?.unit === claim.unit && fact.kind !== "correction",
    );
    const preferClaims = (list: readonly Fact[]) => [
      ...list.filter((fact) => fact.kind !== "correction"),
      ...list.filter((fact) => fact.kind === "correction"),
    ];
    // The party named first pays or invests; the others are in the fact too.
    const [payer] = claim.entities;
    const exactSubject = withUnit.filter(
      (fact) =>
        claim.entities.length > 0 &&
        fact.subject.length === claim.entities.length &&
        claim.entities.every((entity) => fact.subject.includes(entity)),
    );
    const sameSubject =
      exactSubject.length > 0
        ? exactSubject
        : withUnit.filter(
            (fact) =>
              payer !== undefined &&
              fact.subject.includes(payer) &&
              claim.entities.every(
                (entity) => fact.subject.includes(entity) || fact.object.includes(entity),
              ),
          );
    const involving = withUnit.filter(
      (fact) =>
        claim.entities.length > 0 &&
        claim.entities.every(
          (entity) => fact.subject.includes(entity) || fact.object.includes(entity),
        ),
    );
    const ofRelation = (fact: Fact) =>
      relationIds.size === 0 || (fact.relation !== undefined && relationIds.has(fact.relation));
    const byRelation = withUnit.filter(ofRelation);
    const related = sameSubject.filter(ofRelation);
    const candidates = preferClaims(
      related.length > 0
        ? related
        : sameSubject.length > 0 && relationIds.size === 0
          ? sameSubject
          : claim.entities.length > 0
            ? []
            : byRelation,
    );
    const matching = candidates.find((fact) => fact.figure?.value === claim.value);
    if (matching) {
      facts.push(matching);
      continue;
    }
    // The figure belongs to the same parties, but the money flows the other way.
    const other = preferClaims(involving).find(
      (fact) =>
        fact.figure?.value === claim.value && payer !== undefined && !fact.subject.includes(payer),
    );
    if (other) {
      facts.push(other);
      agrees = false;
      reversed = true;
      continue;
    }
    if (candidates.length === 0) candidates.push(...preferClaims(sameSubject));
    // The relation's words only prefer: the same parties' fact with the claimed figure settles
    // it ("Microsoft committed up to five billion" is its investment, a yes).
    const sameFigure = candidates.find((fact) => fact.figure?.value === claim.value);
    if (sameFigure) {
      facts.push(sameFigure);
      continue;
    }
    const best = candidates[0];
    if (!best) return undefined;
    facts.push(best);
    agrees = false;
    claimedFigureOf ??= preferClaims(withUnit).find(
      (fact) => fact.figure?.value === claim.value && fact !== best,
    );
  }
  const unique = [...new Set(facts)];
  return unique.length > 0
    ? { agrees, facts: unique, reversed, ...(claimedFigureOf ? { claimedFigureOf } : {}) }
    : undefined;
}

/**
 * What a confirmation claims besides figures, as tests on a fact's text: versions and dates
 * ("Opus 4.5", "November 18") and capitalised names ("Build", "Ignite"). Undefined when it claims
 * nothing checkable.
 */
function claimedMarks(raw: string, analysis: Analysis, scope: QuestionScope): RegExp[] | undefined {
  const marks: RegExp[] = [];
  const text = analysis.normalized;
  const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const match of text.matchAll(/([a-z]{3,})\s?(\d+(?:\.\d+)?)(?![\d.])/g)) {
    const [, word, number] = match as unknown as [string, string, string];
    marks.push(
      new RegExp(
        `${escapeRegExp(word)}\\s?${escapeRegExp(number)}(?![\\d.])|(?<![\\d.])${escapeRegExp(number)}\\s?${escapeRegExp(word)}`,
      ),
    );
  }
  // "11월 19일": a Korean date, checked as written.
  for (const match of text.matchAll(/(\d{1,2})월\s?(\d{1,2})일/gu)) {
    marks.push(new RegExp(`(?<!\\d)${match[1]}월\\s?${match[2]}일`, "u"));
  }
  const named = new Set(scope.entities.map((entity) => entity.name.en.toLowerCase()));
  for (const match of raw.matchAll(/[A-Za-z][A-Za-z0-9]+/g)) {
    const written = match[0];
    const start = match.index ?? 0;
    const atStart = /^[\s"'“‘(]*$/.test(raw.slice(0, start));
    if (!/^[A-Z]/.test(written) || atStart) continue;
    const lower = written.toLowerCase();
    if (named.has(lower) || /^(?:i|is|it|the|a|so)$/.test(lower)) continue;
    marks.push(new RegExp(`(?<![a-z])${escapeRegExp(lower)}`));
  }
  return marks.length > 0 ? marks : undefined;
}

function factText(fact: Fact): string {
  return [fact.statement.en, fact.statement.ko, fact.label.en, ...fact.keywords]
    .join(" ")
    .toLowerCase();
}

/** A word of the claim that the fact's own text says (as written, or by its English stem). */
function inFactText(fact: Fact, word: string): boolean {
  const text = factText(fact);
  return text.includes(word) || (/^[a-z]{4,}$/.test(word) && text.includes(stemEnglish(word)));
}
