/**
 * A claim of who said or announced something ("Jensen Huang is the one who said OpenAI remains
 * a critical partner, right?", "Sam Altman announced this deal?", "순환 투자 얘기는 나델라가 한 말
 * 맞지?"): the fact that reports that saying (its text speaks of saying, and holds every topic of
 * the claim, and every word the knowledge lacks) names who did. When it names another (or says
 * the speaker is unnamed), a no, with the fact; when it names the speaker claimed, what they said
 * is checked as any claim is. Language tables only.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { claimFrameWords, claimsEnded, isConfirmationTag } from "../../search/confirmation.ts";
import { stripEndings } from "../../search/korean.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import { factText, inText, isLightVerb } from "./claim-marks.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";

/** Words of saying or announcing, in a claim or in a fact's text. */
const SPEECH =
  /\b(?:said|says|say|saying|stated|states|claimed|quoted|quote|told|announced|announces|announce|announcing|unveiled|revealed|remarked|attributed)\b|말한|말했|말함|말이|(?<![월년주기])말(?:을)? (?:한|했)|발언|발표|언급|한 말|했던 말|(?:얘기|이야기) ?(?:한|했)|밝힌|밝혔|인용|(?:라고|다고|자고|냐고) ?(?:한|했|함|하)|(?:다|라|['"」』])는 ?말|\b(?:line|remark|comment|phrase)s?\b|\b(?:call(?:ed|s)? it|coined|dubbed|described|referred to|termed|labell?ed|warned|argued)\b|꺼낸|꺼냈|주장한|주장했|표현한|표현했|불렀|칭한|칭했|지적한|지적했|경고한|경고했/u;
/** A word of denial in the claim ("not", "no longer", "아니", "않"). */
const DENIES = /\b(?:not|no|never|no longer)\b|n't\b|아니|않|없|(?:^|\s)안 |못 /u;

/** A name, then (after a word of its own) the act of saying: "jensen huang said", "was the one who said". */
const SPEAKER_AFTER =
  /^[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+)?(?:'s)?\s+(?:(?:is|was)\s+(?:the\s+)?(?:one|person|guy|exec|executive)\s+(?:who|that)\s+|(?:who|that)\s+|(?:actually|really|also|first|personally)\s+)?(?:said|says|stated|claimed|told|announced|announces|unveiled|revealed|quoted|call(?:ed|s)? it|coined|dubbed|described|referred to|termed|labell?ed|warned|argued|made (?:the|that) (?:quote|remark|comment))\b|^[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+)?(?:'s)\s+(?:quote|words|remark|line|comment|announcement)\b/u;
/** "said by X", "announced by X", "from X". */
const SPEAKER_BEFORE = /\b(?:by|from)\s+(?:the\s+)?$/u;
/**
 * The one who said it, then the name: "발언한 사람 젠슨 황", "라고 한 사람이 나델라", "the one who
 * said it was Jensen Huang", "who said that? Altman".
 */
const SPEAKER_NAMED_AFTER =
  /(?:사람|분|장본인|주인공|당사자|이가|게|건|것은|거)(?:이|은|는|가)?\s*$|누가 (?:말했|했)\s*$|\b(?:is|was|were)\s+(?:it\s+|that\s+)?$|\?\s*$/u;

/**
 * What is quoted, then the one who said it: "…라고 한 건 X", "…다고 말한 사람은 X" (which the
 * glossary reads as "…라고 누가 말했 X").
 */
const QUOTE_THEN_SPEAKER =
  /(?:라고|다고|냐고|자고)\s?(?:(?:한|했던|말한|말했던)\s?(?:건|것은|사람은|사람이|분은|분이|장본인은|장본인이)|누가 (?:말했|했|말한|한))\s+(?!맞|아니|사실|진짜|정말)\S/u;

/** A Korean saying in the passive ("언급된", "발표됐", "인용됨"): its subject is what was said. */
const PASSIVE_SAYING = /(?:언급|발표|인용|거론|명시|소개|공개)(?:된|됐|되|됨|돼)/gu;
/** The cheap first test: a syllable of 되다. */
const PASSIVE_MARK = /[된됐되됨돼]/u;

/**
 * Whether a claim's saying is passive ("…이 언급된 것이 맞지요?", "…로 발표됐다는데"): it asks whether
 * something was said, not who said it.
 */
export function saysPassively(text: string): boolean {
  if (!PASSIVE_MARK.test(text)) return false;
  PASSIVE_SAYING.lastIndex = 0;
  return PASSIVE_SAYING.test(text);
}

/** A Korean name as the subject ("나델라가", "젠슨 황이") or owner ("나델라의 말"). */
const KOREAN_SPEAKER = /(?:이|가|은|는|께서|의)$/u;

/**
 * Words in quotation marks: three words or more, in straight, single or corner quotes. A single
 * quote opens and closes outside a word ("amodei's line, isn't it" quotes nothing).
 */
const QUOTED =
  /"[^"]*\S+\s+\S+\s+\S+[^"]*"|(?<![\p{L}\p{N}])'[^']*\S+\s+\S+\s+\S+[^']*'(?![\p{Script=Latin}\p{N}])|[「『][^」』]+[」』]/gu;

/**
 * "The 'A pays B, B pays C' line is Nadella's, yes?", "'서로의 고객이 된다'는 말은 …가 한 거
 * 맞나요?": words quoted and said to be someone's. What is claimed is who said them, not what
 * they say: the quoted words are not checked as a claim of their own.
 */
export function attributesQuote(normalized: string): boolean {
  if (!normalized.includes('"') && !normalized.includes("'") && !/[「『]/u.test(normalized)) {
    return false;
  }
  // The closing mark stays: "'…'는 말" is a saying by it.
  const outside = normalized.replace(QUOTED, (quoted) => ` ${quoted.slice(-1)}`);
  return outside !== normalized && SPEECH.test(outside);
}

function isSpeaker(text: string, entity: NamedEntity): boolean {
  // The article reports; it is not the speaker of what it quotes ("the article called it…").
  if (entity.id === "article") return false;
  const rest = text.slice(entity.position);
  if (SPEAKER_AFTER.test(rest)) return true;
  const before = text.slice(0, entity.position);
  if (SPEAKER_NAMED_AFTER.test(before) && SPEECH.test(before)) return true;
  if (SPEAKER_BEFORE.test(text.slice(Math.max(0, entity.position - 8), entity.position))) {
    return SPEECH.test(text.slice(0, entity.position));
  }
  // "젠슨 황이 … 말한 거": the name (one or two words) with a subject particle, saying after it.
  const words = rest.split(/\s+/u, 2);
  const [first = "", second = ""] = words;
  // A name that itself ends like a particle ("아모데이") has none.
  const nameWords = new Set(entity.name.ko.split(/\s+/u));
  const withParticle = (word: string) => KOREAN_SPEAKER.test(word) && !nameWords.has(word);
  const particle = withParticle(first) ? first : withParticle(second) ? second : "";
  if (!/\p{Script=Hangul}/u.test(particle)) return false;
  const after = rest.slice(rest.indexOf(particle) + particle.length);
  // "오픈AI가 … 파트너라고 한 건 젠슨 황이죠?": a name inside what is quoted, the one who said it
  // named after it.
  if (QUOTE_THEN_SPEAKER.test(after)) return false;
  // "Vera Rubin이 언급된 것이 맞지요?", "앤트로픽이 발표됐다": a passive saying makes the name
  // what was said, not who said it.
  const active = PASSIVE_MARK.test(after) ? after.replace(PASSIVE_SAYING, " ") : after;
  // "순환 투자 발언 젠슨 황이 한 거": what was said before the name, "한" after it.
  return SPEECH.test(active) || (SPEECH.test(before) && /^\s*(?:한|했|함|하신)/u.test(after));
}

/**
 * What a report of a saying says: its fact's text, and the article sentence it quotes from, in
 * the article's words and in translation ("한 기술 전문가는" lies in the sentence that says what
 * the expert said: "…라고 꼬집었습니다", "Anthropic pays Microsoft, …").
 */
function reportText(knowledge: Knowledge, fact: Fact): string {
  let text = reportTexts.get(fact);
  if (text === undefined) {
    text = `${factText(fact)} ${quotedSentenceText(knowledge, fact)}`;
    reportTexts.set(fact, text);
  }
  return text;
}

/** The article sentence a fact quotes from, as written and in translation, lower-cased. */
function quotedSentenceText(knowledge: Knowledge, fact: Fact): string {
  let text = sentenceTexts.get(fact);
  if (text === undefined) {
    const sentences = fact.quote ? sentencesHolding(knowledge, fact.quote) : [];
    text = sentences
      .flatMap(({ sentence }) => [sentence.text, knowledge.translations.get(sentence.text) ?? ""])
      .join(" ")
      .toLowerCase();
    sentenceTexts.set(fact, text);
  }
  return text;
}

const reportTexts = new WeakMap<Fact, string>();
const sentenceTexts = new WeakMap<Fact, string>();

/**
 * Whether a fact reports someone's saying: its statement speaks of saying, and not only of what
 * the article itself says or calls something ("The article's intro says…" is the article's claim).
 */
function reportsSaying(fact: Fact): boolean {
  const statement = `${fact.statement.en.toLowerCase()} ${fact.statement.ko}`;
  return SPEECH.test(statement.replace(ARTICLE_SAYS, " "));
}

/** The article (or a part of it) as the one saying: "the article's intro says", "기사는 … 쓰지만". */
const ARTICLE_SAYS =
  /\b(?:the|this) (?:article|piece|post|blog)(?:'s \w+)? (?:says|said|calls|quotes|writes)\b/gu;

/**
 * Whether a report holds a concept: one of its forms, or the concept is a party of it. Words
 * quoted must be in the sentence quoted (`quoted`): a party of the fact may be spoken of there
 * without those words being said.
 */
function holds(knowledge: Knowledge, fact: Fact, id: string, quoted = false): boolean {
  if (!quoted && (fact.subject.includes(id) || fact.object.includes(id))) return true;
  const text = quoted ? quotedSentenceText(knowledge, fact) : reportText(knowledge, fact);
  const concept = knowledge.concepts.find((candidate) => candidate.id === id);
  return concept?.forms.some((form) => text.includes(form.toLowerCase())) ?? false;
}

export function checkSpeaker(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  if (!SPEECH.test(text) || analysis.terms.some((term) => term.kind === "amount")) {
    return undefined;
  }
  const [speaker] = scope.entities
    .filter((entity) => isSpeaker(text, entity))
    // A tie (a position not found for a name written otherwise) goes to the outside name.
    .sort((a, b) => a.position - b.position || Number(b.outside) - Number(a.outside));
  if (!speaker) return undefined;
  const asked = new Set(scope.relations.map((relation) => relation.id));
  // The claim's topics: concepts other than the speaker, the tag and the act of saying.
  const topics = new Set<string>();
  const frame = claimFrameWords(text);
  for (const term of analysis.terms) {
    const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
    // "Attribution check: …": the lead-in's words are the asker's, no topic of the claim.
    const framing = term.text.split(/\s+/u).every((word) => frame.has(word));
    if (
      !id ||
      id === speaker.id ||
      framing ||
      isConfirmationTag(term.text) ||
      SPEECH.test(term.text)
    ) {
      continue;
    }
    topics.add(id);
  }
  // Reports of a saying, those of the relation asked first ("announced the partnership").
  const reports = rankedFacts
    .filter(reportsSaying)
    .sort((a, b) => Number(asked.has(b.relation ?? "")) - Number(asked.has(a.relation ?? "")));
  const holdsAll = (candidate: Fact) => [...topics].every((id) => holds(knowledge, candidate, id));
  // Words quoted are found by the sentence they lie in, which the search may not rank: "the
  // 'A pays B, …' line" is the expert's, whose fact holds only "한 기술 전문가는".
  const fact =
    topics.size > 0
      ? ((attributesQuote(text) ? reportOfQuote(knowledge, text, topics, reports) : undefined) ??
        reports.find(holdsAll))
      : onlyOne(reports.filter((candidate) => asked.has(candidate.relation ?? "")));
  if (!fact) return undefined;
  // Every other word of the claim is the fact's too ("welcomed the investment" is not reported,
  // "Apple announced a new iPhone" is another announcement).
  // "Tim Cook": a first name the scope left out (a sentence's first word) is the name's too.
  const given = /([\p{L}]+)\s+$/u.exec(text.slice(0, speaker.position))?.[1] ?? "";
  const names = [
    speaker.name.en.toLowerCase(),
    speaker.name.ko,
    `${given} ${speaker.name.en.toLowerCase()}`,
  ];
  const bare = (word: string) => word.replace(/\s+/gu, "");
  // A word of the name, with its particle ("올트먼이") or run together ("젠슨황이").
  const ofName = (word: string) => {
    // "올트먼이죠", "나델라였나": the copula or tag after a Korean name is the stemmer's ending.
    const written = stripEndings(bare(word)).replace(KOREAN_SPEAKER, "");
    return names.some((name) => bare(name).includes(written) || written.startsWith(bare(name)));
  };
  const unheld = analysis.terms.some(
    (term) =>
      term.kind !== "concept" &&
      term.kind !== "amount" &&
      !ofName(term.text) &&
      !frame.has(term.text) &&
      !SPEECH.test(term.text) &&
      !isLightVerb(term.text) &&
      !inText(reportText(knowledge, fact), term.text) &&
      // "구조를": a noun of the report with its particle.
      !inText(reportText(knowledge, fact), stripEndings(term.text)),
  );
  if (unheld) return undefined;
  const written = factText(fact);
  const named = fact.subject.includes(speaker.id) || names.some((name) => written.includes(name));
  // The right speaker: a yes, unless the claim denies or ends something, which is checked as
  // any other claim is ("Nadella said OpenAI is no longer a partner").
  if (named) {
    return claimsEnded(text) || DENIES.test(text)
      ? undefined
      : { agrees: true, facts: [fact], reversed: false };
  }
  return { agrees: false, facts: [fact], reversed: false };
}

/**
 * The report whose quoted sentence says the words quoted: it holds every topic of the claim,
 * and the most of the quoted words ("A pays B, then B pays C" is the expert's sentence, not the
 * one that only names the same companies). The ranked reports first, then any other.
 */
function reportOfQuote(
  knowledge: Knowledge,
  text: string,
  topics: ReadonlySet<string>,
  ranked: readonly Fact[],
): Fact | undefined {
  const words = matchesOf(QUOTED, text).flatMap(([span]) => span.match(/[\p{L}\p{N}]+/gu) ?? []);
  let best: Fact | undefined;
  let bestCount = 0;
  for (const candidate of [...ranked, ...knowledge.facts]) {
    if (!reportsSaying(candidate)) continue;
    if (![...topics].every((id) => holds(knowledge, candidate, id, true))) continue;
    const sentence = quotedSentenceText(knowledge, candidate);
    const count = words.filter(
      (word) => inText(sentence, word) || inText(sentence, stripEndings(word)),
    ).length;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function onlyOne(facts: readonly Fact[]): Fact | undefined {
  const claims = facts.filter((fact) => fact.kind !== "correction");
  return claims.length === 1 ? claims[0] : undefined;
}
