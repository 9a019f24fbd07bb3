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
import { factText, inFactText, isLightVerb } from "./claim-marks.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";

/** Words of saying or announcing, in a claim or in a fact's text. */
const SPEECH =
  /\b(?:said|says|say|saying|stated|states|claimed|quoted|quote|told|announced|announces|announce|announcing|unveiled|revealed|remarked|attributed)\b|말한|말했|말함|말이|발언|발표|언급|한 말|했던 말|얘기한|얘기했|밝힌|밝혔|인용|(?:라고|다고|자고|냐고) ?(?:한|했|함|하)|\b(?:line|remark|comment|phrase)s?\b|\b(?:called it|coined|dubbed|described|referred to|termed|labell?ed|warned|argued)\b|꺼낸|꺼냈|주장한|주장했|표현한|표현했|불렀|칭한|칭했|지적한|지적했|경고한|경고했/u;
/** A word of denial in the claim ("not", "no longer", "아니", "않"). */
const DENIES = /\b(?:not|no|never|no longer)\b|n't\b|아니|않|없|(?:^|\s)안 |못 /u;

/** A name, then (after a word of its own) the act of saying: "jensen huang said", "was the one who said". */
const SPEAKER_AFTER =
  /^[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+)?(?:'s)?\s+(?:(?:is|was)\s+(?:the\s+)?(?:one|person|guy|exec|executive)\s+(?:who|that)\s+|(?:who|that)\s+|(?:actually|really|also|first|personally)\s+)?(?:said|says|stated|claimed|told|announced|announces|unveiled|revealed|quoted|called it|coined|dubbed|described|referred to|termed|labell?ed|warned|argued|made (?:the|that) (?:quote|remark|comment))\b|^[\p{L}\p{N}.-]+(?:'s)\s+(?:quote|words|remark|line|comment|announcement)\b/u;
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

/** A Korean name as the subject ("나델라가", "젠슨 황이") or owner ("나델라의 말"). */
const KOREAN_SPEAKER = /(?:이|가|은|는|께서|의)$/u;

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
  // "순환 투자 발언 젠슨 황이 한 거": what was said before the name, "한" after it.
  return SPEECH.test(after) || (SPEECH.test(before) && /^\s*(?:한|했|함|하신)/u.test(after));
}

/** Whether a fact's text holds a concept: one of its forms, or the concept is a party of it. */
function holds(knowledge: Knowledge, fact: Fact, id: string): boolean {
  if (fact.subject.includes(id) || fact.object.includes(id)) return true;
  const text = factText(fact);
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
  for (const term of analysis.terms) {
    const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
    if (!id || id === speaker.id || isConfirmationTag(term.text) || SPEECH.test(term.text)) {
      continue;
    }
    topics.add(id);
  }
  // Reports of a saying, those of the relation asked first ("announced the partnership").
  const reports = rankedFacts
    .filter((fact) => SPEECH.test(`${fact.statement.en.toLowerCase()} ${fact.statement.ko}`))
    .sort((a, b) => Number(asked.has(b.relation ?? "")) - Number(asked.has(a.relation ?? "")));
  const fact =
    topics.size > 0
      ? reports.find((candidate) => [...topics].every((id) => holds(knowledge, candidate, id)))
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
  const frame = claimFrameWords(text);
  const unheld = analysis.terms.some(
    (term) =>
      term.kind !== "concept" &&
      term.kind !== "amount" &&
      !ofName(term.text) &&
      !frame.has(term.text) &&
      !SPEECH.test(term.text) &&
      !isLightVerb(term.text) &&
      !inFactText(fact, term.text),
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

function onlyOne(facts: readonly Fact[]): Fact | undefined {
  const claims = facts.filter((fact) => fact.kind !== "correction");
  return claims.length === 1 ? claims[0] : undefined;
}
