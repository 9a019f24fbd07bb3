/**
 * The kind of thing a question asks for by name: the noun its question word points at ("which
 * Claude models…", "what chips", "어떤 하드웨어", "클로드 모델 뭐 들어가?", "모델 이름"). A fact
 * whose keywords ask for the same kind ("which models", "어떤 모델") names such things, so it
 * answers before a fact that merely mentions the noun ("the only frontier model on three clouds").
 */
import type { Fact } from "../../knowledge/schema.ts";
import { type Analysis, analyze } from "../../search/analyze.ts";
import type { Lexicon } from "../../search/lexicon.ts";
import { involves, type NamedEntity, type NotCovered } from "./scope.ts";

/** A keyword that asks for a kind: "which models", "what chips", "어떤 칩", "모델 이름", "model names". */
const ASKING_KEYWORD =
  /^(?:which|what|어떤|무슨|어느)\s|\s(?:names?|이름|종류|명칭)$|(?<=\p{Script=Hangul})(?:명|종류)$/u;

/** Right before the noun: "which", "what kind of", "which two", "names of the", "어떤", "무슨". */
const ASKS_BEFORE =
  /(?:\b(?:which|what|whats|what's)(?:\s+(?:kind|kinds|sort|sorts|type|types)\s+of)?|\bnames?\s+of(?:\s+the)?|어떤|무슨|어느)(?:\s*[\p{L}\p{N}'.-]+)?\s*$/u;
/** Right after the noun: "뭐", "뭐뭐", "뭔지", "무엇", "이름", "종류", "명", "'s name", " names". */
const ASKS_AFTER =
  /^(?:이|가|은|는|을|를|으로|로)?\s*(?:뭐|뭔|무엇|무슨|이름|종류|명(?![\p{Script=Hangul}])|명이|명은)|^(?:'s)?\s+names?\b/u;
/** How far before the noun a question word may stand ("which claude models": one word between). */
const WINDOW = 30;

/** Each fact's asked kinds (concept features), read once from its keywords. */
const factKinds = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>();

function kindsOfFacts(facts: readonly Fact[], lexicon: Lexicon): Map<string, ReadonlySet<string>> {
  let kinds = factKinds.get(lexicon);
  if (kinds) return kinds;
  kinds = new Map();
  for (const fact of facts) {
    const asked = new Set<string>();
    for (const keyword of fact.keywords) {
      const lower = keyword.toLowerCase();
      if (!ASKING_KEYWORD.test(lower)) continue;
      // The kind is the noun, not the asking word ("행사 이름" -> 행사, never 이름).
      for (const term of analyze(lower.replace(ASKING_KEYWORD, " "), lexicon).terms) {
        if (term.kind !== "amount") for (const feature of term.features) asked.add(feature);
      }
    }
    if (asked.size > 0) kinds.set(fact.id, asked);
  }
  factKinds.set(lexicon, kinds);
  return kinds;
}

/** The concept features the question's question word points at ("which … models" -> c:model). */
export function askedKinds(analysis: Analysis): string[] {
  const { normalized } = analysis;
  const kinds: string[] = [];
  for (const term of analysis.terms) {
    if (term.kind === "amount") continue;
    const at = normalized.indexOf(term.text);
    if (at < 0) continue;
    const before = normalized.slice(Math.max(0, at - WINDOW), at);
    const after = normalized.slice(at + term.text.length, at + term.text.length + WINDOW);
    if (ASKS_BEFORE.test(before) || ASKS_AFTER.test(after)) kinds.push(...term.features);
  }
  return kinds;
}

/** The facts that name things of a kind the question asks for. */
export function factsNamingAskedKind(
  analysis: Analysis,
  facts: readonly Fact[],
  lexicon: Lexicon,
): Set<string> {
  const asked = askedKinds(analysis);
  const naming = new Set<string>();
  if (asked.length === 0) return naming;
  for (const [id, kinds] of kindsOfFacts(facts, lexicon)) {
    if (asked.some((kind) => kinds.has(kind))) naming.add(id);
  }
  return naming;
}

// Loops, not find/filter/some with closures over the term: ownedKindNotCovered reads every pair
// of neighbouring terms of every question, and a closure per fact (and a "c:…" string per party)
// was most of what it allocated.

/** Whether features hold the concept `c:<id>`, without writing that string. */
function hasConcept(features: readonly string[], id: string): boolean {
  for (let at = 0; at < features.length; at++) {
    const feature = features[at] as string;
    if (feature.length === id.length + 2 && feature.startsWith("c:") && feature.endsWith(id)) {
      return true;
    }
  }
  return false;
}

/** The first party (in order) whose concept the features hold. */
function partyNamedBy(
  parties: readonly NamedEntity[],
  features: readonly string[],
): NamedEntity | undefined {
  for (let at = 0; at < parties.length; at++) {
    const party = parties[at] as NamedEntity;
    if (hasConcept(features, party.id)) return party;
  }
  return undefined;
}

/** The facts (corrections aside) that name things of one of the kinds in `features`. */
function factsOfKinds(
  facts: readonly Fact[],
  features: readonly string[],
  kindsByFact: ReadonlyMap<string, ReadonlySet<string>>,
): Fact[] {
  const naming: Fact[] = [];
  for (let at = 0; at < facts.length; at++) {
    const fact = facts[at] as Fact;
    if (fact.kind === "correction") continue;
    const kinds = kindsByFact.get(fact.id);
    if (kinds === undefined) continue;
    for (let index = 0; index < features.length; index++) {
      if (kinds.has(features[index] as string)) {
        naming.push(fact);
        break;
      }
    }
  }
  return naming;
}

/**
 * Between an owner's name and the noun it owns: nothing, a possessive ("OpenAI's"), 의, or the
 * question word ("오픈AI 어떤 모델").
 */
const OWNER_JOIN = /^\s*(?:'s|’s|의)?\s*(?:어떤|무슨|어느|which|what)?\s*$/u;

/**
 * "Which OpenAI models are on Azure?", "오픈AI 모델 뭐 들어가?": the kind asked for belongs to the
 * party named right before it. The facts that name things of that kind (Claude's models) answer
 * only when they involve that party; otherwise the question is about things the knowledge does
 * not list, and the nearest list would answer a different question.
 */
export function ownedKindNotCovered(
  analysis: Analysis,
  facts: readonly Fact[],
  lexicon: Lexicon,
  parties: readonly NamedEntity[],
): NotCovered | undefined {
  if (parties.length === 0) return undefined;
  const kindsByFact = kindsOfFacts(facts, lexicon);
  if (kindsByFact.size === 0) return undefined;
  const { normalized, terms } = analysis;
  for (let at = 1; at < terms.length; at++) {
    const term = terms[at];
    const before = terms[at - 1];
    if (!term || !before || term.kind === "amount") continue;
    const start = normalized.indexOf(term.text);
    const ownerEnd = normalized.indexOf(before.text) + before.text.length;
    if (start < 0 || ownerEnd > start || !OWNER_JOIN.test(normalized.slice(ownerEnd, start))) {
      continue;
    }
    const owner = partyNamedBy(parties, before.features);
    if (!owner || hasConcept(term.features, owner.id)) continue;
    // A correction's kind ("product name") is the record's, not a list of such things.
    const naming = factsOfKinds(facts, term.features, kindsByFact);
    if (naming.length === 0 || naming.some((fact) => involves(fact, owner.id))) continue;
    // "What is the Foundry product called now?": the owner's own correction of that kind (its
    // product name) covers it.
    const corrected = facts.some(
      (fact) =>
        fact.kind === "correction" &&
        involves(fact, owner.id) &&
        term.features.some((feature) => kindsByFact.get(fact.id)?.has(feature)),
    );
    if (corrected) continue;
    const noun = term.text.replace(/(?<=\p{Script=Hangul})(?:은|는|이|가|을|를|의)$/u, "");
    return {
      entities: [owner],
      relation: { id: "owned-kind", label: { ko: noun, en: noun }, forms: [] },
      covered: naming,
    };
  }
  return undefined;
}
