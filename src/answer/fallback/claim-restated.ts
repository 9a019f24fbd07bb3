/**
 * A claim that restates a fact in the asker's own words, naming none of its figures ("엔비디아랑
 * 앤트로픽이 모델이랑 칩을 같이 최적화하는 거 맞아?", "Nadella called OpenAI a key partner still,
 * true?", "깃헙 코파일럿에서 클로드 계속 쓸 수 있는 거 맞지"): when the confirmation checks settle
 * nothing, a fact that involves every party named and holds every word of the claim the knowledge
 * knows confirms it. A claim that says anything against a fact (a denial, an ending, a first
 * time, an "only", a comparison, a choice) is left to the confirmation checks, never a yes here.
 */

import type { Fact } from "../../knowledge/schema.ts";
import { type Analysis, analyze } from "../../search/analyze.ts";
import { claimFrameWords, isConfirmationTag } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { stripEndings } from "../../search/korean.ts";
import { matchesOf } from "../../util/matches-of.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import { involves, type QuestionScope } from "./scope.ts";

/** Words that claim against a fact, or ask which of two: never a restatement. */
const SAYS_OTHERWISE =
  /\b(?:not|no|never|none|nothing|without|no longer|anymore|any more|\w+n't|cannot|instead|rather than|only|just|solely|exclusive\w*|first|new|end(?! up)|ends(?! up)|ended(?! up)|ending|drop\w*|dump\w*|ditch\w*|replac\w*|leav\w*|left|quit\w*|stop\w*|out|lose|lost|los\w+|cut|cuts|pull\w*|wind\w* down|phas\w* out|more|less|bigger|smaller|larger|than|or|vs|versus|both)\b|(?<!\p{Script=Hangul})(?:안|못)(?=\s|\p{Script=Hangul})|않|없|아니|아닌|빠지|빠진|빠졌|빼|끝|종료|중단|철수|손절|버리|버린|갈아타|대체|밀려|밀린|처음|최초|새로|유일|독점|뿐|만\s|보다|아니면|이나|둘 ?중/giu;

const MONEY_OR_ARTICLE =
  /\b(?:money|pay\w*|paid|back|invest\w*|spend\w*|spent|fund\w*|cash|dollars?|bucks|article|writer|author|blog|post|piece)\b|돈|투자|지불|내[는나냐]|받[는나냐아]|들어와|나가|기사|글쓴이|필자|블로그/u;

/** A Korean word that is one syllable once its endings are off (씨가, 했다는디, 한거). */
function isBareKoreanForm(word: string): boolean {
  return /^\p{Script=Hangul}+$/u.test(word) && stripEndings(word).length <= 1;
}

/** English verbs that link a subject to what it is: "becoming", "became", "gets", "being". */
const ENGLISH_LINKING_VERB =
  /^(?:become|becomes|becoming|became|being|been|get|gets|getting|got)$/u;
/** English verbs of saying something in some way: "framed", "described", "characterized". */
const ENGLISH_SAYING_VERB =
  /^(?:fram(?:e|es|ed|ing)|describ\w*|characteri[sz]\w*|portray\w*|call(?:s|ed|ing)?|put|puts|stat(?:e|es|ed|ing)|not(?:e|es|ed|ing)|stress\w*|emphasi[sz]\w*|insist\w*|remark\w*|pitch\w*|spun|spin\w*)$/u;

/** A fact that reports what someone said. */
const REPORTS_SAYING = /\b(?:said|says|told|stated)\b|말했|밝혔|강조했|라고 했/u;

const PHRASAL_LINK = /^(?:end|ends|ended|turn|turns|turned|wind|winds|wound)$/u;

const factFeatures = new WeakMap<Fact, ReadonlySet<string>>();

/** Every feature a fact's own words carry: its statements, keywords, label and quote. */
function featuresOf(index: KnowledgeIndex, fact: Fact): ReadonlySet<string> {
  let features = factFeatures.get(fact);
  if (!features) {
    const text = [
      fact.statement.en,
      fact.statement.ko,
      fact.label.en,
      fact.label.ko,
      fact.quote ?? "",
      ...fact.keywords,
    ].join("\n");
    features = new Set(analyze(text, index.lexicon).features.keys());
    factFeatures.set(fact, features);
  }
  return features;
}

export function restatedFact(
  index: KnowledgeIndex,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  if (!analysis.asksToConfirm) return undefined;
  if (scope.outsideRelations.length > 0 || scope.entities.some((entity) => entity.outside)) {
    return undefined;
  }
  // Money and the article's own words have checks of their own (direction, figures, the
  // article's claims): a yes here would skip them.
  if (analysis.terms.some((term) => term.kind === "amount")) return undefined;
  if (MONEY_OR_ARTICLE.test(analysis.normalized)) return undefined;
  const frame = claimFrameWords(analysis.normalized);
  const named = scope.entities.filter((entity) => entity.id !== "article");
  // The fact the answer would lead with anyway: a lower one would answer another claim.
  const fact = rankedFacts.find((candidate) => candidate.kind !== "correction");
  // A yes rests on the record (a source), not on the article's words alone.
  // A fact with a figure the claim does not name ("베라 루빈 시스템 쓰기로 한 거 맞죠?" of the 1 GW
  // compute) is restated by the words it holds; a claimed amount was sent back above.
  if (!fact || fact.sources.length === 0) return undefined;
  if (!named.every((entity) => involves(fact, entity.id))) return undefined;
  const claimWords = analysis.normalized
    .split(/\s+/u)
    .filter((word) => !frame.has(word.replace(/[^\p{L}\p{N}']/gu, "")))
    .join(" ");
  // "the only frontier model on all three clouds": a word the fact says itself is its own.
  const statement = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
  for (const against of matchesOf(SAYS_OTHERWISE, claimWords)) {
    if (!statement.includes(against[0].trim().toLowerCase())) return undefined;
  }
  const features = featuresOf(index, fact);
  const claimTerms = analysis.terms.filter(
    (term) =>
      term.entity === undefined &&
      !isConfirmationTag(term.text) &&
      !frame.has(term.text) &&
      // "ends up as", "turns out to be": a verb that only links the claim's words.
      !(PHRASAL_LINK.test(term.text) && analysis.normalized.includes(`${term.text} up`)) &&
      !(PHRASAL_LINK.test(term.text) && analysis.normalized.includes(`${term.text} out`)),
  );
  // One word of the claim the knowledge does not know ("한거", "전부에서") may be the asker's;
  // every word it knows must be one the fact holds. An unknown word the fact's statement writes
  // ("frontier") is held, and a Korean title or verb of saying that is all ending ("씨가",
  // "했다는디") is no word of the claim.
  // "becoming", "gets": a verb that only links ("…will be customers"); "framed it as",
  // "described": how a speaker said it, when the fact reports what they said.
  const quoted = REPORTS_SAYING.test(statement);
  const unknown = claimTerms.filter(
    (term) =>
      !term.known &&
      !statement.includes(term.text) &&
      !isBareKoreanForm(term.text) &&
      !ENGLISH_LINKING_VERB.test(term.text) &&
      !(quoted && ENGLISH_SAYING_VERB.test(term.text)),
  );
  const known = claimTerms.filter((term) => term.known);
  const held = known.filter((term) => term.features.some((feature) => features.has(feature)));
  if (unknown.length > 1 || held.length !== known.length || held.length === 0) return undefined;
  // No party named ("블랙웰이랑 베라 루빈 쓰는 거 맞음?"): two words of the fact, and nothing else.
  if (named.length === 0 && (held.length < 2 || unknown.length > 0)) return undefined;
  return { agrees: true, facts: [fact], reversed: false };
}
