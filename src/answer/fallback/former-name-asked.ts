/**
 * Whether a name the article uses is out of date, or what it is called now, asked of the thing
 * that fact check is about: "the article says 'azure ai foundry', is that outdated?", "my grandson
 * says that name is out of date; what is it called now?", "기사에 나온 파운드리 이름 구버전이야?".
 * The fact check that says the name is a former one answers: a yes (a no when denied) to a claim
 * that it is outdated, the fact itself when the current name is asked beside it. A name claimed for it now
 * ("renamed to X?") or the old one claimed as current ("still the current name?") are checked
 * in confirm.ts, which weighs the name written. Only when nothing else is asked beside it.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { ARTICLE } from "./article-meta.ts";
import { asksYesOrNo } from "./article-naming.ts";
import { type ConfirmationVerdict, claimDenies, factsOfFormerNames } from "./confirm.ts";

/** Said to be out of date: "outdated", "old name", "옛날 이름", "구버전". */
const OUTDATED =
  /\b(?:outdated|out of date|out-of-date|obsolete|deprecated|dated|legacy name|(?:old|older|former|previous|earlier) name)\b|(?:옛날|예전|이전|옛|과거|구|오래된) ?(?:이름|명칭)|구버전|옛날 거|예전 거/u;

/**
 * The current name asked as a value (beside "outdated": the fact, not a yes): "what is it called now", "what's the name now", "지금은 뭐라고
 * 불러?", "지금 이름이 뭐야?" ("called now" is glossed to "지금 이름").
 */
const NOW_ASKED =
  /\bwhat\b[^.?!]*\b(?:called|named|known as|name)\b[^.?!]*\b(?:now|today|these days|nowadays)\b|\b(?:called|named)\b[^.?!]*\bwhat\b[^.?!]*\b(?:now|today|these days|nowadays)\b|\bwhat\b[^.?!]*지금 이름|(?:지금|현재|요즘)\s?(?:이름|명칭)(?:이|은)?\s?(?:뭐|무엇|어떻게)|(?:지금|현재|요즘)은? (?:뭐라고|뭐라|어떻게) 불/u;

/**
 * Whether the name still holds, asked without a verdict's words: "is that even what it's called
 * anymore?", "do they still call it that these days?", "요즘도 그렇게 불러?". Its answer is the fact
 * (what it is called now), not a yes or no: a yes would agree with the wrong reading.
 */
const CALLED_ANYMORE =
  /\b(?:called|named|call it|call them|the name)\b[^.?!]*\b(?:anymore|any more|these days|nowadays)\b|\b(?:anymore|any more|these days|nowadays)\b[^.?!]*\b(?:called|named|call it|the name)\b|(?:아직도|요즘도|지금도) (?:그렇게|그 이름으로) 불/u;

/** The subjects of the fact checks that say a name is a former one (the thing renamed). */
const renamedThings = oncePerKnowledge(
  (knowledge): ReadonlySet<string> =>
    new Set(factsOfFormerNames(knowledge).flatMap((fact) => fact.subject)),
);

export type FormerNameAsked =
  | { readonly verdict: ConfirmationVerdict }
  | { readonly fact: Fact; readonly verdict?: undefined };

export function formerNameAsked(
  knowledge: Knowledge,
  analysis: Analysis,
): FormerNameAsked | undefined {
  const things = renamedThings(knowledge);
  const thing = analysis.terms.find(
    (term) => term.kind === "concept" && things.has(term.features[0]?.slice(2) ?? ""),
  );
  if (!thing) return productNameOfArticle(knowledge, analysis);
  const text = analysis.normalized;
  // "what's foundry called now + is haiku on it": the current name alone is read with the rest
  // of the question; only a name said to be out of date is read here.
  const outdated = OUTDATED.test(text);
  const anymore = !outdated && CALLED_ANYMORE.test(text);
  if (!outdated && !anymore) return undefined;
  const id = thing.features[0]?.slice(2) ?? "";
  // "What is Foundry called now, and which Claude models does it get?": another topic is a part
  // of its own; the parts are answered one by one.
  const alone = analysis.terms.every((term) => {
    if (term.entity !== undefined) return false;
    const concept = term.kind === "concept" ? (term.features[0]?.slice(2) ?? "") : undefined;
    return concept === undefined || concept === id || concept === "article";
  });
  if (!alone) return undefined;
  const fact = factsOfFormerNames(knowledge).find((candidate) => candidate.subject.includes(id));
  if (!fact) return undefined;
  if (!anymore && asksYesOrNo(analysis) && !NOW_ASKED.test(text)) {
    return { verdict: { agrees: !claimDenies(text), facts: [fact], reversed: false } };
  }
  return { fact };
}

/** A product's name, by that word: "the product name", "제품명", "플랫폼 이름". */
const PRODUCT_NAME =
  /\b(?:product|platform|service)(?:'s)? names?\b|\bname of (?:the|its|their|that) (?:\w+ )?(?:product|platform|service)\b|(?:제품|상품|서비스|플랫폼) ?(?:명|이름|명칭)/u;

/** The name said to be at fault: old, wrong, off ("what's off about…", "옛날 제품명", "틀린 제품명"). */
const NAME_AT_FAULT =
  /\b(?:wrong|off|incorrect|inaccurate|mistaken|old|older|outdated|out of date|obsolete|stale)\b|옛날|예전|이전|구버전|틀린|틀렸|잘못/u;

/**
 * "what's off about the product name the article uses for X's platform?", "기사에서 옛날 제품명
 * 쓴 거 찾아줘": the article's product name asked as old or wrong, the product not named. The one
 * fact check that says a name of the article is a former one answers; with none, or several
 * (which one is asked?), nothing is read here.
 */
function productNameOfArticle(
  knowledge: Knowledge,
  analysis: Analysis,
): FormerNameAsked | undefined {
  const text = analysis.normalized;
  if (!PRODUCT_NAME.test(text) || !NAME_AT_FAULT.test(text) || !ARTICLE.test(text)) {
    return undefined;
  }
  const facts = factsOfFormerNames(knowledge);
  return facts.length === 1 && facts[0] ? { fact: facts[0] } : undefined;
}
