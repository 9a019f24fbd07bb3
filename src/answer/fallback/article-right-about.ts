/**
 * Whether the piece is right about one topic, asked yes or no ("Does the article get the
 * investment total right?", "Is the article accurate about the 1 GW?", "기사 도입부 투자 총액 맞게
 * 썼어?"): the fact check of that topic answers, a no with the correction. Read before the topic's
 * words are taken for a claim of their own, which the record would confirm ("Yes: up to $15
 * billion") where the article says otherwise. A topic no fact check is about is left to the rest,
 * as is one party's own figure where the check is of a sum of several ("…NVIDIA's investment
 * right?": the article gives NVIDIA's figure as the record does).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { QuestionScope } from "./scope.ts";
import { correctionFactsOf } from "./text.ts";

/** The piece, or the one who wrote it. */
const PIECE =
  /\b(?:article|piece|post|story|blog|writer|author|reporter|intro|headline|lede)\b|기사|글쓴이|필자|기자|도입부|첫 ?문단|헤드라인/u;

/**
 * Right or wrong about a topic named between or after: "get the total right", "state X
 * correctly", "right about X", "accurate on X", "X 맞게 썼어", "X 제대로 나와".
 */
const RIGHT_ABOUT =
  /\b(?:get|gets|got|getting|state|states|stated|report|reports|reported|describe|describes|described|have|has|had)\s+(?:[\w'-]+\s+){1,5}?(?:right|correct(?:ly)?|accurately|wrong)\b|\b(?:right|correct|accurate|wrong|mistaken)\s+(?:about|on|regarding|in)\b|(?:맞게|제대로|정확(?:하)?게|틀리게)\s?(?:썼|쓴|쓰|적었|적은|적|나왔|나온|나와|표기|표현|전달|보도)/u;

/** A sum of every party's part, asked by its word: then the check of the sum answers. */
const SUM = /\b(?:total|combined|together|overall|sum|headline)\b|합계|총액|총|합쳐|합친|전체/u;

export function articleWrongAbout(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  if (!RIGHT_ABOUT.test(text) || !PIECE.test(text)) return undefined;
  const check = checkOfTopic(correctionFactsOf(knowledge), text, scope);
  return check ? { agrees: false, facts: [check], reversed: false } : undefined;
}

/** The fact check of the topic asked, or undefined when none is about it. */
function checkOfTopic(
  checks: readonly Fact[],
  text: string,
  scope: QuestionScope,
): Fact | undefined {
  const relations = new Set(scope.relations.map((relation) => relation.id));
  const sum = SUM.test(text);
  // "Does the article get the total right?": a sum named by its word alone is the check of a sum
  // of several parties' money.
  if (relations.size === 0) return sum ? checks.find((fact) => fact.subject.length > 1) : undefined;
  const named = scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id);
  return checks.find((fact) => {
    if (fact.relation === undefined || !relations.has(fact.relation)) return false;
    // "…NVIDIA's investment right?": one of the check's several subjects is that party's own
    // figure, which the article gives as the record does.
    const subjectsNamed = fact.subject.filter((id) => named.includes(id));
    return sum || subjectsNamed.length === 0 || subjectsNamed.length === fact.subject.length;
  });
}
