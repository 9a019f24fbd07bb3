/**
 * Whether the article names someone, asked yes or no: "does the article name the expert?",
 * "전문가 이름 기사에 나와있지?", "실명으로 소개된 인물이 맞나요?". Read before the piece's words
 * are taken for a claim of what it says ("실명으로 소개된") or the quote's topic for the loop it
 * describes: the fact about the article that says they are unnamed answers, a no to named and a
 * yes to unnamed. "What's the expert's name?" asks a value, not a yes or no: left to the rest.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { type ConfirmationVerdict, checkNaming } from "./confirm.ts";
import { nameOwnerIsOther } from "./name-owner.ts";
import type { QuestionScope } from "./scope.ts";

/** An English yes-or-no question by its opening auxiliary ("does the article name…?"). */
const YES_NO_EN =
  /^(?:(?:so|and|but|ok|okay|wait|hmm|um|also|quick q|question)[,:]?\s+)?(?:does|did|do|is|was|are|were|has|have|can|could|would)\b/u;

const HANGUL = /\p{Script=Hangul}/u;

/** A question word inside a clause: "누군지", "뭔지", "언제인지", "얼마인지". */
const EMBEDDED_QUESTION =
  /(?:누군지|누구인지|뭔지|무엇인지|어딘지|어디인지|언젠지|언제인지|얼만지|얼마인지)(?!\p{Script=Hangul})/gu;

/**
 * A name said to be given: a confirmation's words ("named", "실명", "이름 나와"), and the name said
 * to be in the piece ("이름 기사에 나와있지?", "이름까지 나와 있죠?", "누군지 글에 밝혀져 있어?").
 */
const NAMED =
  /\b(?:name|named|names|identified|identifies|identify|by name|real name|on the record)\b|실명|이름(?:이|을|은|도|까지|조차|마저|만)? ?(?:(?:기사|글)(?:에|에서|에는|에선)? ?)?(?:나와|나오|나온|나옴|밝히|밝혀|밝혔|밝힌|공개|있|적혀|써)|누군지 (?:(?:기사|글)(?:에|에서|에는|에선)? ?)?(?:나와|나오|밝혀)/u;

/**
 * The concepts of the relations whose facts are about the article itself ("the expert"): only a
 * question naming one of them is read here, so most questions pay one pass over their terms.
 */
const articleRelationConcepts = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const relations = new Set(
    knowledge.facts
      .filter((fact) => fact.subject.length > 0 && fact.subject.every((id) => id === "article"))
      .map((fact) => fact.relation),
  );
  return new Set(
    knowledge.scope.relations
      .filter((relation) => relations.has(relation.id))
      .flatMap((relation) => relation.concepts),
  );
});

/** Whether the question is a yes or no: a claim, an English auxiliary first, no Korean wh-word. */
export function asksYesOrNo(analysis: Analysis): boolean {
  if (analysis.asksToConfirm) return true;
  const text = analysis.normalized.trim();
  // "누군지 이름 밝혀놨지?": a question word inside a clause ("누군지", "뭔지") asks nothing itself.
  return HANGUL.test(text)
    ? !hasQuestionWord(text.replace(EMBEDDED_QUESTION, " "))
    : YES_NO_EN.test(text);
}

export function namingAsked(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: () => QuestionScope,
): ConfirmationVerdict | undefined {
  const concepts = articleRelationConcepts(knowledge);
  const named = analysis.terms.some(
    (term) => term.kind === "concept" && concepts.has(term.features[0]?.slice(2) ?? ""),
  );
  if (!named || !asksYesOrNo(analysis)) return undefined;
  const verdict = checkNaming(knowledge, analysis, scope(), NAMED);
  const [fact] = verdict?.facts ?? [];
  return fact && !nameOwnerIsOther(knowledge, analysis.normalized, fact) ? verdict : undefined;
}
