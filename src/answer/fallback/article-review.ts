/**
 * Whether the article can be relied on, as a whole: "how reliable is this article as a source?",
 * "which of its numbers hold up against the announcement?", "이 글 믿고 인용해도 돼?". The answer
 * the record supports has both sides: the figures the article states that the record confirms,
 * then where it differs (the fact checks), the one the question points at first ("as a source"
 * puts the unnamed expert first after the key one).
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import { type Analysis, analyze } from "../../search/analyze.ts";
import type { Lexicon } from "../../search/lexicon.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import { answerHeads, verdictWords } from "../shared/phrases.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { ARTICLE, namesParty } from "./article-meta.ts";
import { writtenAsRecipient } from "./claim-direction.ts";
import { involves, type QuestionScope } from "./scope.ts";
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
  /\b(?:against|compared (?:to|with)|versus|vs\.?|according to|per|by) (?:the )?(?:(?:official|joint|checked|verified|cited|primary|original) )?(?:announcement|record|records|release|press release|fact ?sheet|facts|sources?)\b|(?:공식 발표|발표문|보도자료|팩트 ?시트|fact sheet|기록|공식 자료)(?:랑|이랑|과|와|하고|에)? ?(?:비교|기준|대조|따르면)/u;

/**
 * Whether the piece agrees with itself ("internally consistent", "contradict itself", "앞뒤가 안
 * 맞", "모순"): its figures against each other and the record, on whatever topic is named.
 */
const CONSISTENT =
  /\b(?:consistent|inconsisten\w*|contradicts? itself|contradicting itself|contradictory|self-contradictory)\b|앞뒤가? ?(?:맞|안 맞|다르|달라)|모순/u;

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
  const consistent = CONSISTENT.test(text);
  if (!(TRUST.test(text) || WHICH_RIGHT.test(text) || compared || consistent)) return false;
  if (namesParty(knowledge, analysis)) return false;
  // "Is the article internally consistent on the size of the investment?": the topic is where
  // its figures disagree, which the review's two sides show.
  if (consistent) return true;
  const topics = topicConcepts(knowledge);
  // "Is the article right about the 1 GW?" asks about the 1 GW, not the piece as a whole.
  return !analysis.terms.some((term) => {
    if (yardstick.includes(term.text)) return false;
    if (term.kind === "amount") return true;
    return term.kind === "concept" && topics.has(term.features[0]?.slice(2) ?? "");
  });
}

/**
 * The concepts of relations that facts about the story's parties use ("invest", "gigawatt"):
 * naming one asks about that topic. Relations only the article is the subject of (its source,
 * its worry) are about the piece.
 */
const topicConcepts = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const aboutParties = new Set(
    knowledge.facts
      .filter((fact) => fact.subject.some((subject) => subject !== "article"))
      .map((fact) => fact.relation),
  );
  return new Set(
    knowledge.scope.relations
      .filter((relation) => aboutParties.has(relation.id))
      .flatMap((relation) => relation.concepts),
  );
});

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

/** That a part is right ("accurate", "correct", "정확해", "맞아"). */
const SOUND =
  /\b(?:accurate|correct|right|true|reliable|legit)\b|정확|맞아|맞나|맞는|맞지|사실이야|사실인가/u;

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
  const text = analysis.normalized;
  const flawAsked = FLAW.test(text);
  // "Is the intro accurate?": whether it holds, asked of a part that has fact checks.
  const soundAsked = !flawAsked && SOUND.test(text);
  if ((!flawAsked && !soundAsked) || namesParty(knowledge, analysis)) return undefined;
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
  // A yes/no question gets its verdict first: wrong there, yes; right there, no.
  if (!analysis.asksToConfirm) return composeAnswer(knowledge, language, facts, quoted);
  const verdict = flawAsked ? verdictWords[language].yes : verdictWords[language].no;
  const statements = facts.map((fact) => fact.statement[language]).join(" ");
  const opening =
    language === "en"
      ? statements.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())
      : statements;
  return composeAnswer(
    knowledge,
    language,
    facts,
    quoted,
    `${verdict}${language === "ko" ? "," : ":"} ${opening}`,
  );
}

/**
 * Each part-naming concept of a heading -> the fact checks of sentences in that section (the
 * lexicon is the knowledge's own, so the first call's stands for all).
 */
const partChecks = oncePerKnowledge(
  (knowledge, lexicon: Lexicon): ReadonlyMap<string, readonly Fact[]> => {
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
    return checks;
  },
);

/**
 * A claim about what the piece itself says ("its intro calls it a $30B investment, right?",
 * "기사에서는 마소 투자가 클라우드 사용 조건이라고 써놨지?"): what the article SAYS, not what is
 * true. When a fact check's sentence holds the claim, yes, the article says so, then the record.
 */
const ARTICLE_SAYS =
  /\b(?:article|piece|post|blog|author|writer|blogger|intro|introduction|headline|it|its intro)(?:'s)? (?:itself )?(?:says?|said|writes?|wrote|calls?|called|claims?|claimed|states?|stated|describes?|described|reports?|reported|frames?|framed|presents?|presented)\b|\baccording to (?:the|this) (?:article|piece|post|blog)\b|\bwhat the (?:article|piece|post|blog) (?:itself )?says\b|(?:기사|글|필자|글쓴이|도입부|블로그)(?:에서는|에선|에는|에서|에|는|은|가|이)? .*(?:라고|이라고|다고|으로|로) (?:써|썼|쓰|적|나와|나오|했|한|말하|주장|소개|표현)/u;

/**
 * Whether the claim is true, or in the record, is asked beside what the piece says; so is a
 * name claimed as the current one ("… but the current name is X?", "지금 이름은 X 맞지?"), a
 * conclusion drawn from what it says ("the headline says X, so Y, yes?") and whether its figure
 * can be quoted as it is ("이 수치 그대로 인용해도 맞나요?"); so is the figure pointed back at
 * after what the piece says ("…300억이라고 나오던데 그 숫자 맞아요?", "…, is that figure right?").
 */
const ASKS_TRUTH =
  /\b(?:(?:says?|said|writes?|wrote|claims?|claimed|reports?|reported|calls?|called)\b[^?]*?[,;.]\s*(?:so|which means|meaning|that means|hence|therefore)\b|accurate|accuracy|inaccurate|correct|incorrect|true|truth|real|really|actual|actually|official|officially|announcement|release|record|too|also|fact|facts|legit|wrong|current name|name now|now called)\b|\b(?:that|this|those|these) (?:number|figure|amount|sum|numbers|figures)\b|(?<!\p{Script=Hangul})(?:그|이|저) ?(?:숫자|수치|금액|액수)|정확|사실|진짜|실제|공식|발표|맞는 (?:말|얘기)|틀린|인용해도|인용하면|(?:그대로|그냥) (?:인용|써도|옮겨도|믿어도)|(?:지금|현재|요즘) ?(?:이름|명칭)/u;
/**
 * "…, like the headline says?", "…, right? that's what the article says", "…? the article says
 * so": the piece cited in support of the claim.
 */
const AS_IT_SAYS =
  /\b(?:like|as) (?:the|its|this|that) (?:article|headline|intro|blog|post|piece|writer|author) (?:says|said|claims|claimed|states|puts it)\b|\b(?:that's|that is|thats|this is|it's|which is) (?:what|how) (?:the|this|that|your) (?:article|headline|intro|blog|post|piece|writer|author) (?:says|said|puts it|claims|claimed|states|stated|reports|reported)\b|\b(?:the|this|that) (?:article|headline|intro|blog|post|piece|writer|author) (?:says|said|claims|claimed|states|stated) so\b|\b(?:per|going by) (?:the|this|that) (?:article|headline|intro|blog|post|piece)\b|(?:기사|글|도입부)(?:에서|에)? (?:말한|나온|쓴) (?:것처럼|대로)/u;

const SAYS_LEAD = {
  ko: "맞아요, 기사에는 그렇게 나와요. 다만 기록과는 달라요:",
  en: "Yes, the article does say that; the record differs:",
} as const;

export function articleSaysAnswer(
  knowledge: Knowledge,
  analysis: Analysis,
  sentenceConcepts: readonly ReadonlySet<string>[],
  rankedFacts: readonly Fact[],
  language: Language,
  scope?: QuestionScope,
): Answer | undefined {
  const text = analysis.normalized;
  if (!analysis.asksToConfirm || !ARTICLE_SAYS.test(text)) return undefined;
  // "The article says X. Is that accurate?", "X, like the headline says?": the article's words
  // are the premise, and whether X is true is what is asked.
  if (ASKS_TRUTH.test(text) || AS_IT_SAYS.test(text)) return undefined;
  const correction = rankedFacts.find((fact) => fact.kind === "correction" && fact.quote);
  if (!correction?.quote) return undefined;
  const [held] = sentencesHolding(knowledge, correction.quote);
  if (!held) return undefined;
  const concepts = sentenceConcepts[held.sentence.index];
  let matched = 0;
  for (const term of analysis.terms) {
    // A figure the article states is the one its fact check corrects.
    if (term.kind === "amount") {
      const figure = correction.figure;
      const key = figure ? `${figure.value}${figure.unit === "GW" ? "gw" : ""}` : "";
      if (term.text !== key) return undefined;
      matched++;
    } else if (term.kind === "concept" || term.entity !== undefined) {
      const id = term.features[0]?.slice(2) ?? "";
      if (id === "article") continue;
      // "Does the article say Microsoft is OpenAI's biggest investor?": a party the fact check
      // does not involve is another claim, though its sentence names it in passing ("챗GPT").
      if (knowledge.scope.names.has(id) && !involves(correction, id)) return undefined;
      if (concepts?.has(id)) matched++;
      else if (term.entity !== undefined || knowledge.scope.names.has(id)) return undefined;
    }
  }
  if (matched < 2) return undefined;
  // "Does the article say Anthropic invests in Microsoft?": a party the claim has the money go
  // to that pays in the article's line says another thing; the claim is checked as one.
  const paysInstead = (scope?.entities ?? []).some(
    (entity) =>
      correction.subject.includes(entity.id) &&
      !correction.object.includes(entity.id) &&
      writtenAsRecipient(text, entity),
  );
  if (paysInstead) return undefined;
  return composeAnswer(
    knowledge,
    language,
    [correction],
    [held],
    `${SAYS_LEAD[language]} ${correction.statement[language]}`,
  );
}
