/**
 * Claims that name a party the knowledge has no fact of, beside what it does cover: a covered
 * figure put on the wrong party ("구글이 앤트로픽에 100억 달러 투자한 거 맞죠?": NVIDIA's figure;
 * "NVIDIA put $10B into OpenAI, right?": into Anthropic), and a claim about the story's parties
 * compared with an outside one ("Microsoft put $13B into Anthropic, same as with OpenAI?"). Both
 * are checked as claims about what is covered, a no with the right party or figure, not "OpenAI
 * is not covered".
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import { figureKey } from "./figure-key.ts";
import { PART_OF } from "./part-of.ts";
import { involves, type NamedEntity, type NotCovered, type QuestionScope } from "./scope.ts";

/** A party added to the story rather than put in another's place: "구글도", "Google also". */
const ADDED_PARTY =
  /\b(?:too|also|as well|another|besides|join(?:s|ed|ing)?|either)\b|(?<=\p{L})도\s|합류|참여|가세|추가로/u;

/**
 * The fact whose figure a claim puts on a party no fact of it names: exactly one figure claimed,
 * held by exactly one fact of the relation asked, and every covered party the claim names takes
 * part in that fact. Undefined for anything else (the party stays not covered).
 */
export function checkWrongParty(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  notCovered: NotCovered,
): ConfirmationVerdict | undefined {
  if (!analysis.asksToConfirm || scope.outsideRelations.length > 0) return undefined;
  if (notCovered.entities.length === 0 || ADDED_PARTY.test(analysis.normalized)) return undefined;
  // "Does any of the $30B end up on Oracle-hosted capacity?": a part of the figure going on to
  // the outside party, not the figure put on it.
  if (PART_OF.test(analysis.normalized)) return undefined;
  // Only a company the knowledge knows by name: an unknown one ("Zorblax got $5B from
  // Microsoft?") may be anything, and stays not covered.
  const knownNames = new Set(knowledge.scope.outside.entities.map((entity) => entity.id));
  if (!notCovered.entities.every((entity) => !entity.outside || knownNames.has(entity.id))) {
    return undefined;
  }
  // The claim says the relation ("투자한", "invested", "valued"): a figure alone beside a name
  // ("is CoreWeave part of the 1GW?") asks whether it takes part, not who holds the figure.
  if (scope.relations.length === 0) return undefined;
  const uncovered = new Set(notCovered.entities.map((entity) => entity.id));
  const amounts = analysis.terms.filter((term) => term.kind === "amount");
  const [amount] = amounts;
  if (!amount || amounts.length !== 1) return undefined;
  const claimed = amount.text;
  const relations = new Set(scope.relations.map((relation) => relation.id));
  const holders = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      // A sum of money, paid or valued: a capacity (1 GW) is shared by whoever builds it.
      fact.figure?.unit === "USD" &&
      figureKey(fact) === claimed &&
      fact.relation !== undefined &&
      relations.has(fact.relation) &&
      ![...fact.subject, ...(fact.object ?? [])].some((party) => uncovered.has(party)),
  );
  const [fact] = holders;
  if (!fact || holders.length !== 1) return undefined;
  const named = scope.entities.filter(
    (entity) => !uncovered.has(entity.id) && entity.id !== "article",
  );
  // One of the fact's own parties is named beside it ("…앤트로픽에 100억"): a figure and an
  // outside name alone ("삼성전자 오십억 투자 실화냐") anchor nothing to correct. A party the story
  // names (Amazon, Anthropic's main cloud) is anchor enough: "Amazon is the one putting in $5B
  // here?" puts Microsoft's figure on it.
  const storyParty = notCovered.entities.every((entity) => !entity.outside);
  if (named.length === 0 && !storyParty) return undefined;
  if (!named.every((entity) => involves(fact, entity.id))) return undefined;
  // The uncovered party stands in for one of the fact's: with all of them named ("Anthropic is
  // worth $350B, same as xAI"), it is compared, not put in another's place.
  const parties = [...fact.subject, ...(fact.object ?? [])];
  if (parties.every((party) => named.some((entity) => entity.id === party))) return undefined;
  return { agrees: false, facts: [fact], reversed: false };
}

/** Before a name: "same as", "just like", "similar to", "as with", "like it did with". */
const COMPARED_BEFORE =
  /(?:^|[,;]\s*|\s)(?:(?:just|exactly|much)\s+)?(?:the\s+)?(?:same\s+as|similar\s+to|(?:just\s+)?like|as\s+with|as\s+for)\s+(?:(?:it|they|he|she|\S+)\s+(?:did|does|got|had)\s+(?:with|for|in|to|into)\s+|with\s+|for\s+|in\s+|into\s+)?$/u;
/** After an English name: the rest of the comparison, up to a comma, a tag or the end. */
const COMPARED_AFTER =
  /^\S+?(?:'s)?(?:\s+(?:did|does|got|has|had|was|is))?(?=\s*(?:[,?.!]|$|\s(?:right|correct|no|yeah|yes|true|isn't|didn't|wasn't)\b))/u;
/** A Korean word ending in a comparison: "오픈ai처럼", "오픈ai만큼". */
const KOREAN_COMPARED_WORD = /^\S+(?:처럼|만큼)$/u;
/** A Korean name with "and", then "alike": "오픈ai랑 똑같이", "오픈ai와 마찬가지로". */
const KOREAN_WITH = /^\S+(?:이랑|랑|와|과|하고)$/u;
const KOREAN_ALIKE = /^(?:(?:똑|꼭)?같이|마찬가지로|비슷하게|똑같은|같은)$/u;
/** "오픈ai한테 한 것처럼", "오픈ai에 했던 거랑 똑같이": what was done to the name, compared. */
const KOREAN_DONE_TO = /^\S+(?:한테|에게|에|때)$/u;
const KOREAN_DONE_ALIKE =
  /^(?:(?:한|했던|넣은|준|투자한)\s?(?:것|거)(?:처럼|만큼|(?:이랑|랑|와|과)\s(?:똑같이|같이|마찬가지로))|처럼|만큼)(?=\s|$)/u;

/**
 * The question without the comparison with a party no fact covers ("…, same as OpenAI?"), or
 * undefined when no such comparison is written. Works on the normalised question, where the
 * entities' positions are.
 */
export function withoutComparedParty(
  normalized: string,
  uncovered: readonly NamedEntity[],
): string | undefined {
  for (const at of namedAt(normalized, uncovered)) {
    const before = normalized.slice(0, at);
    const after = normalized.slice(at);
    const compared = COMPARED_BEFORE.exec(before);
    if (compared) {
      const rest = COMPARED_AFTER.exec(after);
      if (rest) {
        const start = compared.index + (compared[0].match(/^[,;\s]*/u)?.[0].length ?? 0);
        return tidy(normalized.slice(0, start) + after.slice(rest[0].length));
      }
    }
    const [word = ""] = /^\S+/u.exec(after) ?? [];
    const tail = after.slice(word.length);
    if (KOREAN_COMPARED_WORD.test(word)) return tidy(before + tail);
    const next = /^\s(\S+)/u.exec(tail);
    if (next && KOREAN_WITH.test(word) && KOREAN_ALIKE.test(next[1] ?? "")) {
      return tidy(before + tail.slice(next[0].length));
    }
    const done = KOREAN_DONE_TO.test(word) ? KOREAN_DONE_ALIKE.exec(tail.trimStart()) : null;
    if (done) return tidy(before + tail.trimStart().slice(done[0].length));
  }
  return undefined;
}

/**
 * Where each name is written: its position as read, and where its display names are found (a
 * Korean name's position may be that of the clause it was found in).
 */
function namedAt(normalized: string, entities: readonly NamedEntity[]): number[] {
  const found = new Set<number>();
  for (const entity of entities) {
    found.add(entity.position);
    for (const name of [entity.name.en, entity.name.ko]) {
      const at = normalized.indexOf(name.toLowerCase());
      if (at >= 0) found.add(at);
    }
  }
  return [...found];
}

/** Spaces and commas left doubled where the comparison was taken out. */
function tidy(text: string): string {
  return text
    .replace(/\s*,\s*(?=[,?.!]|$)/gu, "")
    .replace(/\s{2,}/gu, " ")
    .replace(/\s+(?=[,?.!])/gu, "")
    .trim();
}
