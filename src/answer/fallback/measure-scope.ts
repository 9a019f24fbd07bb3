/**
 * A question may ask for a kind of measure the fact sheet has no figure of: a ratio ("몇 배
 *빨라?"), a share in percent ("what percentage stake"), a duration ("how many years does it
 * run?", "over five years?"), a count of things ("GPU 몇 장?"), or the date of an event other
 * than the one the knowledge dates ("when will it ship?"). Answering such a question with the
 * nearest figure (the $30B, the 1 GW) states a confident answer to a different question, so it is
 * not covered. The words below are the language of measures, not of any one story; what the
 * knowledge covers comes from its facts' figure units and its own words.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Bilingual } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";

export interface Measure {
  readonly id: "ratio" | "percent" | "duration" | "count" | "date" | "attribute";
  readonly label: Bilingual;
}

const MEASURES: readonly (Measure & { readonly asked: RegExp })[] = [
  {
    id: "ratio",
    label: { ko: "배수 비교", en: "ratio" },
    asked:
      /몇\s?배|\bhow many times\b|\b\d+(?:\.\d+)?\s?x (?:faster|bigger|more)\b|\btimes (?:faster|bigger|larger|more powerful)\b/u,
  },
  {
    id: "percent",
    label: { ko: "비율(퍼센트)", en: "percentage" },
    asked: /\bpercent(?:age)?\b|%|퍼센트|지분율|몇\s?프로(?!\p{Script=Hangul})/u,
  },
  {
    id: "duration",
    label: { ko: "기간", en: "duration" },
    asked:
      /\bhow many (?:years|months|weeks|days)\b|\bhow long (?:does|will|is|do)\b|\bover (?:\w+ )?(?:years|months)\b|몇\s?(?:년|개월|달)(?:\s?동안|간)?|계약 기간|기간은|기간이/u,
  },
  {
    id: "count",
    label: { ko: "개수", en: "count" },
    asked: /몇\s?(장|명|개)(?!월)(?:\s?(\p{Script=Hangul}{2,}))?/u,
  },
];

/** The date the knowledge has is of the event it names; "when" about another event is not it. */
const WHEN = /\bwhen (?:will|would|does|do|did|is|are|was|were|can)\b|언제/u;
/** A time still to come: a news story's facts date what has happened, not a schedule. */
const WHEN_FUTURE =
  /\bwhen (?:will|would)\b|\bwhen (?:is|are) .+ (?:going to|expected to|due to)\b|언제쯤|언제.*(?:예정|될까|할까|되나)/u;
/** "What's the context window of…": an attribute the knowledge has no word for. */
const ATTRIBUTE_OF = /\bwhat(?:'s| is| was| are) (?:the |its |their )?([a-z]+(?: [a-z]+)?) of\b/;

/**
 * @param parties the story's parties the question names: a ratio of two parties' own figures
 *   ("NVIDIA's investment is how many times Microsoft's?") is answered by stating both.
 */
export function unsupportedMeasure(
  knowledge: Knowledge,
  analysis: Analysis,
  parties: readonly string[],
): Measure | undefined {
  const text = analysis.normalized;
  const units = new Set(knowledge.facts.flatMap((fact) => (fact.figure ? [fact.figure.unit] : [])));
  for (const measure of MEASURES) {
    const asked = measure.asked.exec(text);
    if (!asked) continue;
    // A count or a percentage the fact sheet does hold is a figure like any other.
    if ((measure.id === "percent" || measure.id === "count") && units.has(measure.id)) continue;
    if (measure.id === "ratio" && figuresOfEach(knowledge, parties)) continue;
    if (measure.id === "count" && countedInArticle(knowledge, asked[1] ?? "")) continue;
    if (measure.id === "count" && asked[2] && countsThing(knowledge, asked[2])) continue;
    return measure;
  }
  if (WHEN_FUTURE.test(text)) return { id: "date", label: { ko: "앞으로의 일정", en: "timing" } };
  const attribute = ATTRIBUTE_OF.exec(text)?.[1];
  if (attribute && unknownWordIn(analysis, attribute)) {
    return { id: "attribute", label: { ko: attribute, en: attribute } };
  }
  // "When does X ship?": a time asked of a word the knowledge does not know is another event.
  if (WHEN.test(text) && analysis.terms.some((term) => !term.known && isEventWord(term.text))) {
    return { id: "date", label: { ko: "시점", en: "timing" } };
  }
  return undefined;
}

/** The article counts with this counter itself ("3대 클라우드"): its passage may answer. */
function countedInArticle(knowledge: Knowledge, counter: string): boolean {
  return new RegExp(`\\d\\s?${counter}(?!\\p{Script=Hangul})`, "u").test(knowledge.article.text);
}

/** "몇 개 클라우드": the knowledge counts that thing itself ("3대 클라우드", "세 주요 클라우드"). */
function countsThing(knowledge: Knowledge, word: string): boolean {
  const noun = word.replace(/(?:에서|에는|에|을|를|이|가|은|는|도|로|으로)$/u, "");
  if ([...noun].length < 2) return false;
  const counted = new RegExp(`(?:\\d|[한두세네]\\s)[^.。]{0,8}${noun}`, "u");
  return (
    counted.test(knowledge.article.text) ||
    knowledge.facts.some((fact) => counted.test(fact.statement.ko))
  );
}

function isEventWord(word: string): boolean {
  return /^[a-z]{4,}$/.test(word) || /^\p{Script=Hangul}{2,}$/u.test(word);
}

/** Two or more parties, each the subject of a fact with a figure. */
function figuresOfEach(knowledge: Knowledge, parties: readonly string[]): boolean {
  const withFigure = knowledge.facts.filter((fact) => fact.figure && fact.kind !== "correction");
  const covered = parties.filter((party) =>
    withFigure.some((fact) => fact.subject.length === 1 && fact.subject[0] === party),
  );
  return covered.length >= 2;
}

/** Whether one of the words is a question term the knowledge does not know. */
function unknownWordIn(analysis: Analysis, words: string): boolean {
  const asked = new Set(words.split(" "));
  return analysis.terms.some((term) => !term.known && asked.has(term.text));
}
