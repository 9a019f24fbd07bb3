/**
 * A claim that something is found in one place only ("Claude is only on Azure now?", "on GCP
 * only, right?", "애저에서만 독점으로 제공돼?", "애저 전용 되는 거임?"): a fact that lists other
 * places of the same kind beside the one named says no.
 * Language tables only; which places a fact lists is data (its `object` in the facts file).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

const EXCLUSIVE =
  /\bonly (?:(?:get|use|run|access|find|reach|buy) (?:\w+ )?)?(?:on|in|through|via|at|from|with|by|inside)\b|\bexclusive(?:ly)?\b|\bsole(?:ly)?\b|-only\b|\bonly\s*(?:[,;?!.]|$)|(?<=\p{Script=Hangul})(?:에서만|에만|으로만|로만|만 ?(?:제공|쓸|써|쓰|사용|이용|접근|돼|됨|된|되는|가능|있))|독점(?:으로|적으로|적인)? ?(?:제공|공급|계약|사용|이용|출시|탑재|파트너|이|임|인)|단독 ?(?:제공|출시|탑재)|(?<=[\p{L}\p{N}]\s?)전용(?!기|차|선|석|면적|도로|차로)/u;

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
  const places = fact.object.filter((id) => isPlace(knowledge, id));
  return places.some((id) => named.has(id)) && places.some((id) => !named.has(id));
}

/** A place: a named thing of the knowledge that is not one of the story's parties (Azure, AWS). */
export function isPlace(knowledge: Knowledge, id: string): boolean {
  return (
    knowledge.scope.names.has(id) && !knowledge.manifest.entities.some((entity) => entity.id === id)
  );
}

/** The word claimed as the only one: after "only" ("only Opus"), or before 만 ("오퍼스만"). */
const ONLY_WORD =
  /(?<!\bthe\s)\bonly\s+(?:(?:gets?|has|have|offers?|includes?|uses?|supports?|runs?)\s+)?(?:the\s+)?([a-z][\w.-]+)|([\p{L}\p{N}.]{2,})\s?(?:하나|한 ?개|한 ?가지|한 ?종류)(?:만|뿐)|(\p{Script=Hangul}{2,})만(?=\s|$|[?!.])/u;

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
  // "소넷 4.5 하나만": the word before the count is the one claimed.
  const word = match?.[1] ?? match?.[2] ?? match?.[3];
  if (!word) return false;
  // "오퍼스만": the word in any of its forms ("opus" in the fact's text).
  const forms = [word, ...formsOf(word)].map((form) => form.toLowerCase());
  const texts = [fact.statement.en.toLowerCase(), fact.statement.ko.toLowerCase()];
  return texts.some((text) => LIST.test(text) && forms.some((form) => text.includes(form)));
}

/**
 * A count claimed as all there is: "두 개뿐", "세 가지밖에", "2개만", "only two", "just 2 models",
 * "two of them, that's it". The number is read from its word.
 */
const COUNT_ONLY =
  /(한|두|세|네|다섯|[1-5])\s?(?:개|가지|종류|종|곳)(?:에서|에|으로|로)?\s?(?:뿐|밖에|만)|\b(?:only|just)\s+(?:(?:gets?|has|have|offers?|includes?|lists?|are|is|got)\s+)?(one|two|three|four|five|[1-5])\b/u;
const COUNT_WORDS: Readonly<Record<string, number>> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};
/** The items of a list in a fact's text: "A, B and C" (the words before a colon are not one). */
const LIST_SEPARATOR = /,\s*|\s+and\s+/u;

/**
 * Whether the fact lists more items than the claim says there are ("소네트랑 오퍼스 두 개뿐?"
 * against "Sonnet 4.5, Opus 4.1 and Haiku 4.5"). Undefined count, or no list: false.
 */
export function listsMoreThanClaimed(fact: Fact, normalized: string): boolean {
  const match = COUNT_ONLY.exec(normalized);
  const word = match?.[1] ?? match?.[2];
  if (!word) return false;
  const claimed = COUNT_WORDS[word] ?? Number(word);
  const statement = fact.statement.en;
  const list = statement.slice(statement.indexOf(":") + 1);
  const items = list.split(LIST_SEPARATOR).length;
  return items >= 2 && items > claimed;
}

/** Whether the question claims a count is all there is ("두 개뿐", "only two"). */
export function claimsCountOnly(normalized: string): boolean {
  return COUNT_ONLY.test(normalized);
}

/** "only NVIDIA", "just Microsoft": the word before a party. */
const ONLY_BEFORE = /(?:^|\s)(?:only|just|solely)\s+$/u;
/** "엔비디아만", "마소만이": a party's word with 만. */
const KOREAN_ONLY_WORD = /\p{Script=Hangul}만(?:이|의|은)?$/u;
/**
 * "NVIDIA is the only one", "Microsoft alone", "마소 하나뿐", "엔비디아 혼자": after a party. Not
 * "only" before what the party does or how much ("msft is only in for 5 bil", "Microsoft only put
 * in 5B", "is only paying"): that bounds the sum or the act, the party is not claimed alone.
 */
const ALONE_AFTER =
  /^\s*(?:(?:is|was|are|were|'s)(?:n'?t|\s+not)?\s+)?(?:really\s+)?(?:the\s+(?:only|sole|single|lone|one and only)|(?:only|sole|single|lone|one and only)(?!\s+(?:in|into|on|at|for|to|up|about|around|roughly|like|a|an|put|puts|paid|pays|gave|gives|spent|spends|invested|invests|committed|commits|bought|buys|owns|holds|got|gets|\$|\d|\w+ing\b)))\b|^\s+alone\b|^\s*(?:하나뿐|하나만|혼자|홀로|단독으로|뿐)/u;
/** A party's word as written: "nvidia", "마이크로소프트만". */
const WORD_AT = /^[^\s,.;:!?]+/u;

/**
 * The party a claim says does something alone ("Only NVIDIA invested", "NVIDIA is the only
 * investor", "마이크로소프트만 투자하고", "투자한 건 마소 하나뿐이지?"), among those given.
 */
export function partyClaimedAlone(
  normalized: string,
  parties: readonly { readonly id: string; readonly position: number }[],
): string | undefined {
  for (const party of parties) {
    const word = WORD_AT.exec(normalized.slice(party.position))?.[0] ?? "";
    const after = normalized.slice(party.position + word.length);
    if (
      ONLY_BEFORE.test(normalized.slice(0, party.position)) ||
      KOREAN_ONLY_WORD.test(word) ||
      ALONE_AFTER.test(after)
    ) {
      return party.id;
    }
  }
  return undefined;
}

/** "not on Google Cloud", "but not AWS": a party denied right before its name. */
const DENIED_BEFORE =
  /\b(?:not|never|except|excluding|but not|minus)\s+(?:(?:on|in|via|through|with|from|by|at|including)\s+)?(?:the\s+)?$/u;
/** "구글 클라우드엔 없지", "구글에선 안 돼", "구글은 아니고": a party, then a word of absence. */
/** "애저뿐 아니라", "애저뿐만 아니라" (not only … but also) add to the party, never deny it. */
const DENIED_AFTER =
  /^[^\s,.;?!]*(?:\s[^\s,.;?!]+)?\s(?:없|안\s|못\s|(?<!뿐\s|뿐만\s)아니|빠지|빠졌|제외)/u;

/**
 * The parties a claim says something is not on or not done by, beside others it names ("on Azure
 * and AWS but not on Google Cloud", "애저랑 AWS에만 있고 구글 클라우드엔 없지?").
 */
export function partiesDenied(
  normalized: string,
  parties: readonly { readonly id: string; readonly position: number }[],
): string[] {
  if (parties.length < 2) return [];
  return parties.filter((party) => partyDenied(normalized, party)).map((party) => party.id);
}

/** Whether the claim denies a party right at its name ("not Nvidia", "엔비디아는 아니고"). */
export function partyDenied(normalized: string, party: { readonly position: number }): boolean {
  return (
    DENIED_BEFORE.test(normalized.slice(Math.max(0, party.position - 24), party.position)) ||
    (/\p{Script=Hangul}/u.test(normalized.slice(party.position, party.position + 1)) &&
      DENIED_AFTER.test(normalized.slice(party.position)))
  );
}
