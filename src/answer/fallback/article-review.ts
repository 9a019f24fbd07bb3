/**
 * Whether the article can be relied on, as a whole: "how reliable is this article as a source?",
 * "which of its numbers hold up against the announcement?", "이 글 믿고 인용해도 돼?". The answer
 * the record supports has both sides: the figures the article states that the record confirms,
 * then where it differs (the fact checks), the one the question points at first ("as a source"
 * puts the unnamed expert first after the key one).
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import { type Analysis, analyze } from "../../search/analyze.ts";
import type { Lexicon } from "../../search/lexicon.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import { answerHeads } from "../shared/phrases.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { ARTICLE, namesParty } from "./article-meta.ts";
import { composeAnswer } from "./text.ts";

/**
 * Trust in the piece as a whole: reliable, trustworthy, credible, legit, "hold up", "check out",
 * "what does it get right", 믿을 만해, 신뢰, 인용해도 돼. Plain accuracy and error words ("is it
 * accurate?", "틀린 데?") ask what is wrong: the fact checks alone answer those.
 */
const TRUST =
  /\b(?:reliab\w*|unreliable|trust\w*|untrustworthy|credib\w*|legit\w*|dependable|believable|hold(?:s|ing)? up|stand(?:s)? up|check(?:s)? out|gets? right|got right|gets? (?:it|things|anything|much) right|right about)\b|믿을|믿어도|믿고|믿음직|신뢰|인용해도|인용할 만|출처로 (?:써|쓸|삼)|자료로 (?:써|쓸|인용)/u;

/** "Which figures in it are correct?", "기사 숫자 중에 맞는 건?": what holds up is asked. */
const WHICH_RIGHT =
  /\b(?:which|what)\b[^?.!]*\b(?:numbers?|figures?|claims?|parts?|facts?|stats?|statistics|details?)\b[^?.!]*\b(?:right|correct|accurate|true|valid)\b|(?:숫자|수치|내용|부분|주장)\S* (?:중에?|가운데) ?(?:맞는|정확한|사실인)|맞는 (?:숫자|수치|내용|부분|주장)/u;

/**
 * The yardstick named ("against the official announcement", "fact sheet 기준으로"): the record the
 * answer is checked against anyway, not a topic asked about.
 */
const YARDSTICK =
  /\b(?:against|compared (?:to|with)|versus|vs\.?|according to|per|by) (?:the )?(?:official |joint )?(?:announcement|record|records|release|press release|fact ?sheet|facts|sources?)\b|(?:공식 발표|발표문|보도자료|팩트 ?시트|fact sheet|기록|공식 자료)(?:랑|이랑|과|와|하고|에)? ?(?:비교|기준|대조|따르면)/u;

/** Accuracy in either direction ("how accurate", "정확해", "틀린 데"). */
const ACCURACY =
  /\b(?:accura\w*|inaccura\w*|correct|right|true|wrong|errors?|mistakes?)\b|정확|맞는|맞아|틀린|틀렸|오류/u;

const RIGHT_HEAD = {
  ko: "기록과 맞는 기사 속 수치:",
  en: "What the article gets right against the record:",
} as const;

export function asksArticleReview(knowledge: Knowledge, analysis: Analysis): boolean {
  const text = analysis.normalized;
  if (!ARTICLE.test(text)) return false;
  const yardstick = YARDSTICK.exec(text)?.[0] ?? "";
  // "공식 발표랑 비교하면 이 글 얼마나 정확해?": accuracy against a yardstick named is a review too.
  const compared = yardstick !== "" && ACCURACY.test(text);
  if (!(TRUST.test(text) || WHICH_RIGHT.test(text) || compared)) return false;
  if (namesParty(knowledge, analysis)) return false;
  const topics = topicConcepts(knowledge);
  // "Is the article right about the 1 GW?" asks about the 1 GW, not the piece as a whole.
  return !analysis.terms.some((term) => {
    if (yardstick.includes(term.text)) return false;
    if (term.kind === "amount") return true;
    return term.kind === "concept" && topics.has(term.features[0]?.slice(2) ?? "");
  });
}

const topicConceptsCache = new WeakMap<Knowledge, ReadonlySet<string>>();

/**
 * The concepts of relations that facts about the story's parties use ("invest", "gigawatt"):
 * naming one asks about that topic. Relations only the article is the subject of (its source,
 * its worry) are about the piece.
 */
function topicConcepts(knowledge: Knowledge): ReadonlySet<string> {
  let topics = topicConceptsCache.get(knowledge);
  if (!topics) {
    const aboutParties = new Set(
      knowledge.facts
        .filter((fact) => fact.subject.some((subject) => subject !== "article"))
        .map((fact) => fact.relation),
    );
    topics = new Set(
      knowledge.scope.relations
        .filter((relation) => aboutParties.has(relation.id))
        .flatMap((relation) => relation.concepts),
    );
    topicConceptsCache.set(knowledge, topics);
  }
  return topics;
}

/**
 * The figures the article states that the record confirms (a figure fact with a quote, which no
 * fact check qualifies with the same figure), then the fact checks, as many as fit.
 */
export function reviewAnswer(
  knowledge: Knowledge,
  language: Language,
  analysis: Analysis,
): Answer | undefined {
  const corrections = knowledge.facts.filter((fact) => fact.kind === "correction");
  if (corrections.length === 0) return undefined;
  const right = knowledge.facts
    .flatMap((fact) =>
      fact.kind === "figure" &&
      fact.figure !== undefined &&
      fact.quote !== undefined &&
      !corrections.some((correction) => qualifies(correction, fact))
        ? [`${fact.label[language]} (${formatFigure(fact.figure, language)})`]
        : [],
    )
    .join(language === "ko" ? ", " : "; ");
  const ordered = orderedChecks(knowledge, analysis, corrections);
  const [first] = ordered;
  const quoted = first?.quote ? sentencesHolding(knowledge, first.quote).slice(0, 1) : [];
  for (let count = ordered.length; count >= 1; count--) {
    const head = [
      ...(right !== "" ? [`${RIGHT_HEAD[language]} ${right}.`] : []),
      answerHeads[language].factChecks,
      ...ordered.slice(0, count).map((fact) => `• ${fact.statement[language]}`),
    ].join("\n");
    const answer = composeAnswer(knowledge, language, ordered.slice(0, count), quoted, head);
    if (answer.text.length < MAX_ANSWER_LENGTH) return answer;
  }
  return undefined;
}

/** A fact check of the same relation, party and figure ("the 1 GW is 'up to'") qualifies a fact. */
function qualifies(correction: Fact, fact: Fact): boolean {
  return (
    correction.relation === fact.relation &&
    correction.figure?.value === fact.figure?.value &&
    correction.figure?.unit === fact.figure?.unit &&
    correction.subject.some((subject) => fact.subject.includes(subject))
  );
}

/**
 * The key fact checks first, then those whose relation the question names ("as a source" puts
 * the unnamed expert next), then the rest.
 */
function orderedChecks(knowledge: Knowledge, analysis: Analysis, corrections: Fact[]): Fact[] {
  const asked = new Set<string>();
  for (const term of analysis.terms) {
    if (term.kind === "concept") asked.add(term.features[0]?.slice(2) ?? "");
  }
  const named = (fact: Fact) =>
    knowledge.scope.relations.some(
      (relation) =>
        relation.id === fact.relation && relation.concepts.some((concept) => asked.has(concept)),
    );
  const rank = (fact: Fact) => (fact.key ? 0 : named(fact) ? 1 : 2);
  return [...corrections].sort((a, b) => rank(a) - rank(b));
}

/**
 * Something wrong in one part of the piece ("what's the biggest flaw in the opening paragraph?",
 * "도입부의 가장 큰 문제가 뭐야?", "what'd they botch in the intro?").
 */
const FLAW =
  /\b(?:problems?|problematic|issues?|flaws?|flawed|wrong|errors?|mistakes?|misleading|inaccura\w*|bogus|false|exaggerat\w*|overstat\w*|fudg\w*)\b|문제|흠|오류|틀린|틀렸|잘못|과장|부풀|뻥튀기/u;

/**
 * The fact checks of a part of the article the question names by its heading's words ("the
 * intro", "도입부"), when it asks what is wrong there: those checks, with the sentences they
 * correct. Headings' words that name a party or a topic of the facts ("NVIDIA's strategy", "circular
 * investment") ask about that, not about a part of the piece.
 */
export function flawsInPart(
  knowledge: Knowledge,
  lexicon: Lexicon,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  if (!FLAW.test(analysis.normalized) || namesParty(knowledge, analysis)) return undefined;
  const parts = partChecks(knowledge, lexicon);
  const named = new Set<Fact>();
  for (const term of analysis.terms) {
    if (term.kind === "amount") return undefined;
    if (term.kind !== "concept") continue;
    for (const fact of parts.get(term.features[0]?.slice(2) ?? "") ?? []) named.add(fact);
  }
  if (named.size === 0) return undefined;
  const facts = [...named].sort((a, b) => Number(b.key) - Number(a.key));
  const quoted = facts.flatMap((fact) =>
    fact.quote ? sentencesHolding(knowledge, fact.quote).slice(0, 1) : [],
  );
  return composeAnswer(knowledge, language, facts, quoted);
}

const partChecksCache = new WeakMap<Knowledge, ReadonlyMap<string, readonly Fact[]>>();

/** Each part-naming concept of a heading -> the fact checks of sentences in that section. */
function partChecks(knowledge: Knowledge, lexicon: Lexicon): ReadonlyMap<string, readonly Fact[]> {
  const cached = partChecksCache.get(knowledge);
  if (cached) return cached;
  const topics = topicConcepts(knowledge);
  const lead = knowledge.manifest.article.leadSection;
  const checks = new Map<string, Fact[]>();
  for (const fact of knowledge.facts) {
    if (fact.kind !== "correction" || !fact.quote) continue;
    for (const { section } of sentencesHolding(knowledge, fact.quote).slice(0, 1)) {
      const heading = section.heading ?? (lead ? `${lead.ko} ${lead.en}` : "");
      for (const term of analyze(heading, lexicon).terms) {
        const id = term.kind === "concept" ? (term.features[0]?.slice(2) ?? "") : "";
        if (id === "" || topics.has(id) || knowledge.scope.names.has(id)) continue;
        const list = checks.get(id) ?? [];
        if (!list.includes(fact)) list.push(fact);
        checks.set(id, list);
      }
    }
  }
  partChecksCache.set(knowledge, checks);
  return checks;
}
