/**
 * A claim that something is found in one place only ("Claude is only on Azure now?", "애저에서만
 * 독점으로 제공돼?"): a fact that lists other places of the same kind beside the one named says no.
 * Language tables only; which places a fact lists is data (its `object` in the facts file).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

const EXCLUSIVE =
  /\bonly (?:(?:get|use|run|access|find|reach|buy) (?:\w+ )?)?(?:on|in|through|via|at|from|with|by|inside)\b|\bexclusive(?:ly)?\b|\bsole(?:ly)?\b|-only\b|\bonly\s*[?!.]*$|(?<=\p{Script=Hangul})(?:에서만|에만|으로만|로만|만 ?(?:제공|쓸|써|쓰|사용|이용|접근|돼|됨|된|되는|가능|있))|독점(?:으로|적으로|적인)? ?(?:제공|공급|계약|사용|이용|출시|탑재|파트너|이|임|인)|단독 ?(?:제공|출시|탑재)/u;

/** Whether a normalised question claims that something is in one place only. */
export function claimsExclusive(normalized: string): boolean {
  return EXCLUSIVE.test(normalized);
}

/**
 * Whether the fact lists a place (a named thing that is not one of the story's parties) the
 * question does not name, beside one it does: "only on Azure" against "AWS, Google Cloud and
 * Azure".
 */
export function refutesExclusive(
  knowledge: Knowledge,
  fact: Fact,
  named: ReadonlySet<string>,
): boolean {
  const parties = new Set(knowledge.manifest.entities.map((entity) => entity.id));
  const isPlace = (id: string) => knowledge.scope.names.has(id) && !parties.has(id);
  const places = fact.object.filter(isPlace);
  return places.some((id) => named.has(id)) && places.some((id) => !named.has(id));
}

/** The word claimed as the only one: after "only" ("only Opus"), or before 만 ("오퍼스만"). */
const ONLY_WORD =
  /(?<!\bthe\s)\bonly\s+(?:(?:gets?|has|have|offers?|includes?|uses?|supports?|runs?)\s+)?(?:the\s+)?([a-z][\w.-]+)|(\p{Script=Hangul}{2,})만(?=\s|$|[?!.])/u;

/** Whether the question claims one thing is the only one ("Only Opus…", "오퍼스만"). */
export function claimsOnlyOne(normalized: string): boolean {
  return ONLY_WORD.test(normalized);
}
/** A list in a fact's text: "A, B and C", "A 및 B". */
const LIST = /,|\band\b|및|그리고/u;

/**
 * Whether the fact lists the one thing claimed as the only one among others ("Only Opus is
 * offered to Foundry customers?" against "Sonnet 4.5, Opus 4.1 and Haiku 4.5").
 */
export function listsBesides(
  fact: Fact,
  normalized: string,
  formsOf: (word: string) => readonly string[],
): boolean {
  const match = ONLY_WORD.exec(normalized);
  const word = match?.[1] ?? match?.[2];
  if (!word) return false;
  // "오퍼스만": the word in any of its forms ("opus" in the fact's text).
  const forms = [word, ...formsOf(word)].map((form) => form.toLowerCase());
  const texts = [fact.statement.en.toLowerCase(), fact.statement.ko.toLowerCase()];
  return texts.some((text) => LIST.test(text) && forms.some((form) => text.includes(form)));
}
