/**
 * Whether the article mentions something ("Does the article mention Vera Rubin?", "기사에 오픈AI
 * 나와?", "is Nadella quoted in the piece?"): the article's own sentences are searched for the
 * names of what is asked, whatever the facts cover. Yes with the sentence; no when a fact speaks
 * of it but no sentence does (the fact said as the record's); a name neither speaks of is left to
 * the usual "not covered".
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { type QuotedSentence, sentencesHolding } from "../shared/article-refs.ts";
import type { Answer } from "../types.ts";
import { factText } from "./claim-marks.ts";
import { mentionStatesClaim, sentencesOfAmounts } from "./mention-claims.ts";
import { factHasRelation, involves, type QuestionScope } from "./scope.ts";
import { composeAnswer } from "./text.ts";

/** The article or its writer as where something would be said. */
export const ARTICLE_WORD =
  /\b(?:article|piece|post|blog|story|write-?up|author|writer)\b|기사|본문|필자|글쓴이|(?<!\p{Script=Hangul})글(?:에|에서|엔|에선|에는|이|은|에도)?(?!\p{Script=Hangul})/u;
/** A word of mentioning: "mention", "talk about", "quoted", "나와", "언급", "등장". */
const MENTIONS =
  /\b(?:mention(?:s|ed|ing)?|talks? about|talked about|brings? up|brought up|cites?|cited|quotes?|quoted|names?|named|refers? to|referred to|features?|featured|comes? up|came up|appears?|appeared)\b|나와|나오|나옴|나온|나왔|언급|등장|인용|거론/u;

/** Whether someone is named ("does it name the expert?", "실명"): another question. */
const NAMING = /\b(?:name|names|named|naming|identif\w*|anonymous|unnamed)\b|실명|이름|익명/u;

const HEADS = {
  yes: { ko: "맞아요, 기사에 나와요.", en: "Yes, the article mentions it." },
  no: {
    ko: "아니에요, 기사에는 나오지 않아요. 공식 발표·보도 기준:",
    en: "No, the article doesn't mention it. From the announcement and the press:",
  },
} as const;

/** Whether a question asks yes or no, whether the article mentions something. */
export function asksIfArticleMentions(analysis: Analysis): boolean {
  const text = analysis.normalized.trim();
  // One yes/no question: no request ("…나오는 비판 요지 알려줘"), no sentence after it ("…맞죠?
  // 기사 첫 줄에 그렇게 나와서요"); a Korean one ends on its word of mentioning ("나와?").
  if (/[?？!.]\s+\S/u.test(text)) return false;
  if (!ARTICLE_WORD.test(text) || NAMING.test(text) || hasQuestionWord(text)) return false;
  const mentions = /\p{Script=Hangul}/u.test(text)
    ? MENTIONED_KO.test(text) && (analysis.asksToConfirm || /[?？]$/u.test(text))
    : analysis.asksToConfirm && MENTIONS.test(text);
  // "기사에 마소가 100억 투자한다고 나오죠?": a claim framed as the article's is checked as one.
  return mentions && !mentionStatesClaim(analysis);
}

/** A Korean question that ends on its word of mentioning: "나와?", "나오긴 해?", "언급돼 있어?". */
const MENTIONED_KO =
  /(?:나와|나오|나옴|나온|나왔|언급|등장|인용|거론)\S*(?:\s(?:해|돼|됐|되|있|하|했|함)\S*)?\s*[?？]*$/u;

/** The forms a name asked about is written in: its concept's or outside entity's, and its name. */
function formsOf(knowledge: Knowledge, id: string, names: readonly string[]): string[] {
  const concept = knowledge.concepts.find((candidate) => candidate.id === id);
  const outside = knowledge.scope.outside.entities.find((entity) => entity.id === id);
  return [...(concept?.forms ?? []), ...(outside?.forms ?? []), ...names]
    .map((form) => form.toLowerCase())
    .filter((form) => form.length >= 2);
}

export function mentionAnswer(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  language: Language,
): Answer | undefined {
  const asked = scope.entities.filter((entity) => entity.id !== "article");
  // "1기가와트 얘기 기사에 나와있어?": a figure is mentioned where a sentence writes that amount.
  const ofAmounts = asked.length === 0 ? sentencesOfAmounts(knowledge, analysis) : undefined;
  if (ofAmounts !== undefined) {
    return ofAmounts.length > 0
      ? composeAnswer(knowledge, language, [], ofAmounts.slice(0, 2), HEADS.yes[language])
      : undefined;
  }
  // No party named: the concepts asked about ("Vera Rubin", "the gigawatt").
  const concepts = analysis.terms.flatMap((term) => {
    const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
    const concept = knowledge.concepts.find((candidate) => candidate.id === id);
    return id && concept && !concept.intent && id !== "article"
      ? [{ id, names: [term.text], forms: formsOf(knowledge, id, []) }]
      : [];
  });
  // A word of a name the knowledge has no concept for ("opus" of "Opus 4.1").
  const words = analysis.terms.flatMap((term) =>
    (term.kind === "latin" || term.kind === "hangul") &&
    term.text.length >= 3 &&
    !MENTIONS.test(term.text) &&
    !ARTICLE_WORD.test(term.text)
      ? [{ id: undefined, names: [term.text], forms: [term.text] }]
      : [],
  );
  const topics =
    asked.length > 0
      ? asked.map((entity) => ({
          id: entity.id as string | undefined,
          names: [entity.name.en, entity.name.ko].map((name) => name.toLowerCase()),
          forms: formsOf(knowledge, entity.id, [entity.name.en, entity.name.ko]),
        }))
      : concepts.length > 0
        ? concepts
        : words;
  if (topics.length === 0) return undefined;
  const told = relationMentioned(knowledge, analysis, scope, language);
  if (told) return told;
  const quoted: QuotedSentence[] = [];
  for (const topic of topics) {
    // The name as asked first ("오픈AI"), then any other form of it ("챗GPT").
    const found = findSentence(knowledge, topic.names) ?? findSentence(knowledge, topic.forms);
    if (!found) {
      // Not in the article: a fact about it is said as the record's; else "not covered".
      const about = (fact: Fact) =>
        topic.id !== undefined
          ? involves(fact, topic.id)
          : topic.forms.some((form) => factText(fact).includes(form));
      const facts = knowledge.facts.filter((fact) => fact.kind !== "correction" && about(fact));
      const [fact] = facts;
      return fact
        ? composeAnswer(knowledge, language, [fact], [], noHead(fact, language))
        : undefined;
    }
    if (!quoted.some((each) => each.sentence === found.sentence)) quoted.push(found);
  }
  return composeAnswer(knowledge, language, [], quoted.slice(0, 2), HEADS.yes[language]);
}

/**
 * "기사에 앤트로픽 기업가치 언급 있어?", "does the piece mention NVIDIA's investment?": a relation of
 * the parties named, not the parties alone. Their fact of it is in the article when an article
 * sentence holds its quote (yes, with that sentence); a fact with no quote is the record's (no).
 * Undefined when no relation is named or no fact of it involves them all.
 */
function relationMentioned(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  language: Language,
): Answer | undefined {
  const parties = scope.entities.filter((entity) => entity.id !== "article" && !entity.outside);
  // A relation named by its concept ("기업가치"), not by the word of mentioning ("언급", "said").
  const named = new Set(analysis.terms.map((term) => term.features[0]?.slice(2)));
  const relations = scope.relations.filter((relation) =>
    relation.concepts.some((concept) => named.has(concept)),
  );
  if (parties.length === 0 || relations.length === 0) return undefined;
  const facts = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      relations.some((relation) => factHasRelation(fact, relation.id)) &&
      parties.every((party) => involves(fact, party.id)),
  );
  if (facts.length === 0) return undefined;
  for (const fact of facts) {
    const [held] = fact.quote ? sentencesHolding(knowledge, fact.quote) : [];
    if (held) return composeAnswer(knowledge, language, [], [held], HEADS.yes[language]);
  }
  const [fact] = facts as [Fact];
  return composeAnswer(knowledge, language, [fact], [], noHead(fact, language));
}

function noHead(fact: Fact, language: Language): string {
  return `${HEADS.no[language]} ${fact.statement[language]}`;
}

/** The first article sentence that writes one of the forms. */
function findSentence(knowledge: Knowledge, forms: readonly string[]): QuotedSentence | undefined {
  for (const section of knowledge.article.sections) {
    for (const sentence of section.sentences) {
      const text = sentence.text.toLowerCase();
      if (forms.some((form) => text.includes(form))) return { sentence, section };
    }
  }
  return undefined;
}

/** A phrase quoted in the question: 'latest Claude models', "최신 클로드 모델", ‘…’, “…”. */
const QUOTED_PHRASE = /['"‘“「]([^'"’”」]{2,40})['"’”」]/gu;

/** What the quoted words stand for: "mean", "refer to", "which", "구체적으로", "뭐야", "무슨 뜻". */
const STANDS_FOR =
  /\b(?:mean|means|meant|meaning|refer|refers|referring|which|specifically|exactly|what (?:is|are|was|were))\b|뭐야|뭔지|무엇|무슨 뜻|어떤|구체적|가리키|의미|뜻이/u;
/** Who, or a name or employer: asked of the words' subject, not what they stand for. */
const ASKS_WHO =
  /\b(?:who|whom|whose|name|named|works? for|employer)\b|누구|이름|소속|실명|어디서 일/u;

/**
 * "기사에서 말하는 '최신 클로드 모델'이 구체적으로 어떤 모델들이야?", "what does the article mean by
 * 'latest Claude models'?": a phrase quoted from the article, which one fact's quote holds (the
 * fact the record gives for those words of the article), is answered by that fact.
 */
export function quotedPhraseAnswer(
  knowledge: Knowledge,
  analysis: Analysis,
  written: string,
  language: Language,
): Answer | undefined {
  const text = analysis.normalized;
  // What the words stand for is asked, not something else about them (who, their name).
  if (!ARTICLE_WORD.test(text) || !STANDS_FOR.test(text) || ASKS_WHO.test(text)) return undefined;
  for (const match of matchesOf(QUOTED_PHRASE, written)) {
    const phrase = (match[1] ?? "").trim();
    if (phrase === "") continue;
    const holding = knowledge.facts.filter((fact) => fact.quote?.includes(phrase));
    const [fact] = holding;
    if (holding.length !== 1 || !fact?.quote) continue;
    const quoted = sentencesHolding(knowledge, fact.quote).slice(0, 1);
    return composeAnswer(knowledge, language, [fact], quoted);
  }
  return undefined;
}
