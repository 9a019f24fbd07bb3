/**
 * What a confirmation claims besides figures, as tests on a fact's text ("marks"): versions
 * ("Opus 4.5"), dates, years, small counts, places and capitalised names. A claim holds only when
 * its fact passes every mark.
 */
import type { Concept, Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { isConfirmationTag } from "../../search/confirmation.ts";
import {
  type CalendarDate,
  covers as coversDate,
  datesIn,
  ENGLISH_MONTH_WORD,
} from "../../search/dates.ts";
import { withinOneEdit } from "../../search/edit-distance.ts";
import { stemEnglish } from "../../search/english.ts";
import { isEnding } from "../../search/korean.ts";
import { escapeRegExp } from "../../util/escape-regexp.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { namedAsTeller, type QuestionScope } from "./scope.ts";

/**
 * What a confirmation claims besides figures, as tests on a fact's text: versions and dates
 * ("Opus 4.5", "November 18") and capitalised names ("Build", "Ignite"). Undefined when it claims
 * nothing checkable.
 */
export function claimedMarks(
  raw: string,
  analysis: Analysis,
  scope: QuestionScope,
  /** The knowledge's concepts: a party's other names ("GCP" is Google Cloud). */
  concepts: readonly Concept[] = [],
): Mark[] | undefined {
  const marks: Mark[] = [];
  const pattern =
    (regex: RegExp): Mark =>
    (text) =>
      regex.test(text);
  const text = analysis.normalized;
  // Versions ("opus 4.5", "4.5 sonnet"); months with a day are dates, checked below. A number
  // with a Korean counter ("Azure 3대 클라우드", "3곳") counts things: no version.
  for (const match of matchesOf(
    /([a-z]{3,})\s?(\d+(?:\.\d+)?)(?![\d.])(?!\s?(?:bn?|billions?|m|mn|millions?|k|t|trillions?|억|조|gw)\b)(?!\s?(?:대|개|곳|군데|가지|종류|개사)(?!\p{Script=Hangul}{2}))/gu,
    text,
  )) {
    const [, word, number] = match as unknown as [string, string, string];
    if (ENGLISH_MONTH_WORD.test(word) || NOT_A_VERSION_NAME.test(word)) continue;
    // "msft 5b", "nvda 10": a party and its amount, not a version.
    if (analysis.terms.some((term) => term.entity !== undefined && term.text === word)) continue;
    marks.push(versionMark(word, number));
  }
  // "소네트 3.7", "오퍼스 4.5": a version after a Hangul name; the fact must give that number as
  // a version.
  for (const match of matchesOf(/(?<=\p{Script=Hangul})\s?(\d\.\d{1,2})(?![\d.])/gu, text)) {
    const number = match[1] ?? "";
    marks.push((factText) => matchesOf(VERSIONS, factText).some(([, , value]) => value === number));
  }
  // "Nov 18", "11/18", "11월 18일", "in October": the fact must name the same day or month.
  for (const date of datesIn(text)) marks.push(Object.assign(dateMark(date), { when: true }));
  // "in 2024", "2024년": the fact must name the same year.
  for (const match of matchesOf(/(?<!\d)((?:19|20)\d{2})(?!\d)(?=\s*년|\b)/gu, text)) {
    const year = match[1] ?? "";
    marks.push(Object.assign((factWords: string) => factWords.includes(year), { when: true }));
  }
  // "on all 4 clouds", "4개 클라우드": a small count the fact must give, in digits or words.
  for (const term of analysis.terms) {
    if (term.kind !== "amount" || !/^\d{1,2}$/.test(term.text)) continue;
    const count = Number(term.text);
    if (count >= 1 && count < COUNT_WORDS.length) marks.push(countMark(count));
  }
  // "at Google I/O", "빌드에서": some form of each name must be in the fact.
  for (const forms of scope.places) {
    marks.push(pattern(new RegExp(forms.map(escapeRegExp).join("|"), "u")));
  }
  // "클로드 팀즈에서도 쓸 수 있음?": an unknown word said as a place.
  // "빌드 행사에서 발표", "빌드 컨퍼런스에서": the name before a word for an event, said as a place.
  for (const [at, term] of analysis.terms.entries()) {
    const place =
      term.kind === "hangul" && !term.known
        ? (KOREAN_PLACE.exec(term.text)?.[1] ??
          (EVENT_AT.test(analysis.terms[at + 1]?.text ?? "") && KOREAN_NAME.test(term.text)
            ? term.text
            : undefined))
        : undefined;
    if (place && !NOT_A_PLACE.test(place))
      marks.push(Object.assign((text: string) => text.includes(place), { place }));
  }
  const named = new Set(scope.entities.map((entity) => entity.name.en.toLowerCase()));
  for (const match of matchesOf(/[A-Za-z][A-Za-z0-9]+/g, raw)) {
    const written = match[0];
    const start = match.index ?? 0;
    // A sentence's first word is capitalised for the sentence ("…Copilot. Does that add up?").
    // Its place is read for a capitalised word only: the test scans all the text before it.
    if (!/^[A-Z]/.test(written) || /(?:^|[.!?]\s)[\s"'“‘(]*$/.test(raw.slice(0, start))) continue;
    const lower = written.toLowerCase();
    if (named.has(lower) || /^(?:i|is|it|the|a|so)$/.test(lower)) continue;
    // "optimizing Claude", read as Anthropic's models: a word the glossary rewrote is read by
    // what it became, not by its spelling.
    if (!hasWord(text, lower)) continue;
    // "GCP", "MSFT": another name of a party named; the fact may write any of its names.
    // "at MS Ignite": a party's short name read as part of another name, no party of the claim,
    // is checked the same way.
    const party = partyCalled(analysis, scope, lower);
    const owner = party
      ? concepts.find((concept) => concept.id === party.id)
      : concepts.find(
          (concept) =>
            concept.entity !== undefined &&
            concept.forms.some((form) => form.toLowerCase() === lower),
        );
    if (party || owner) {
      const names = party ? [party.name.en.toLowerCase(), party.name.ko, lower] : [];
      for (const form of owner?.forms ?? []) if (form.length >= 3) names.push(form.toLowerCase());
      marks.push((factWords) => names.some((name) => factWords.includes(name)));
      continue;
    }
    if (isConfirmationTag(lower) || NAMED_PART.test(lower)) continue;
    if (ENGLISH_MONTH_WORD.test(lower)) continue;
    // "My PM said…", "a guy on Reddit said…": who passed the claim on is not claimed.
    if (namedAsTeller(text, lower)) continue;
    // "오픈AI": the Latin end of a party's mixed-script name is that party, not a name claimed.
    const gluedToHangul = /\p{Script=Hangul}$/u.test(raw.slice(0, start));
    if (
      gluedToHangul &&
      analysis.terms.some((term) => term.kind === "concept" && term.text.endsWith(lower))
    ) {
      continue;
    }
    // "M365": a short form of a name the fact writes out ("Microsoft 365").
    const short = /^([a-z]{1,2})(\d+)$/u.exec(lower);
    const capitalised = pattern(
      new RegExp(
        short
          ? `(?<![a-z])(?:${lower}|${short[1]}[a-z]*\\s${short[2]}(?!\\d))`
          : `(?<![a-z])${escapeRegExp(lower)}`,
        "u",
      ),
    );
    // "in Windows", "on Slack": a name after a preposition of place is a place claimed.
    const before = /([a-z]+)\s+$/i.exec(raw.slice(0, start))?.[1]?.toLowerCase();
    marks.push(
      before && PLACE_WORDS.has(before)
        ? Object.assign(capitalised, { place: written })
        : capitalised,
    );
  }
  return marks.length > 0 ? marks : undefined;
}

/** Whether a word stands whole in a text (not inside another word). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[a-z0-9]/u.test(before) && !/[a-z0-9]/u.test(after)) return true;
  }
  return false;
}

/** The party named that a word of the question is a name of ("gcp" -> Google). */
function partyCalled(analysis: Analysis, scope: QuestionScope, word: string) {
  // One word that is the whole name: "Azure AI Foundry", a name of several words, is checked as
  // written (an old name is still a name the fact must write).
  const term = analysis.terms.find((candidate) => candidate.text === word);
  const id = term?.kind === "concept" ? term.features[0]?.slice(2) : undefined;
  return id === undefined ? undefined : scope.entities.find((entity) => entity.id === id);
}

/** Prepositions after which a name is a place ("in Windows", "on Slack", "inside Teams"). */
const PLACE_WORDS = new Set(["in", "on", "inside", "into", "within", "via", "through"]);

/** Words before a number that count, not name a version ("all 3 clouds", "top 3", "over 2"). */
const NOT_A_VERSION_NAME =
  /^(?:all|the|and|not|but|nor|instead|rather|versus|from|vs|for|with|top|big|only|about|than|over|under|are|its|his|her|our|their|these|those|into|onto|from|some|any|each|every|first|last|next|past|just|like|nearly|around|almost|least|most|more|less|also|now|still|was|were|has|had|have|did|does|got|get|gets|across|between|among|both|than|then|upto)$/u;

/** Counts in words, by value: the fact may write "three clouds" or "3대" or "세 곳". */
const COUNT_WORDS: readonly (readonly string[])[] = [
  [],
  ["one", "한"],
  ["two", "두", "both"],
  ["three", "세"],
  ["four", "네"],
  ["five", "다섯"],
  ["six", "여섯"],
  ["seven", "일곱"],
  ["eight", "여덟"],
  ["nine", "아홉"],
  ["ten", "열"],
];

const countPatterns = new Map<number, RegExp>();

function countMark(count: number): Mark {
  let pattern = countPatterns.get(count);
  if (!pattern) {
    pattern = countPattern(count);
    countPatterns.set(count, pattern);
  }
  const compiled = pattern;
  return (text) => compiled.test(text);
}

function countPattern(count: number): RegExp {
  const words = COUNT_WORDS[count] ?? [];
  return new RegExp(
    `(?<![\\d.])${count}(?![\\d.])|\\b(?:${words.filter((word) => /^[a-z]/.test(word)).join("|")})\\b|(?:^|\\s)(?:${words.filter((word) => !/^[a-z]/.test(word)).join("|")})\\s`,
    "u",
  );
}

/** Capitalised words that are part of a product's name, not a claim ("Azure AI Foundry"). */
const NAMED_PART = /^(?:ceo|cto|cfo|inc|corp|co|ltd|llc|us|usd)$/u;

/**
 * A test a fact's text must pass for the claim to hold; `place` when it is a place claimed
 * ("in Windows", "팀즈에서도"), which a fact listing places may simply not list.
 */
export type Mark = ((factText: string) => boolean) & {
  readonly place?: string;
  /** A date or year claimed, which a fact that gives no date does not settle. */
  readonly when?: boolean;
};

/** Words of quantity or pointing said with a particle of place ("전부에서", "여기서"): not a name. */
const NOT_A_PLACE =
  /^(?:전부|모두|전체|어디|여기|거기|저기|이곳|그곳|곳곳|다른|모든|양쪽|둘다|셋다)/u;

/** A word for an event with a particle of place or time: "행사에서", "컨퍼런스에서", "키노트 때". */
const EVENT_AT =
  /^(?:행사|컨퍼런스|콘퍼런스|이벤트|키노트|기조연설|발표회|개발자 ?회의|무대|현장)(?:에서|에서도|에선|에서는|때|중에)$/u;
/** A bare Korean word of two syllables or more, no particle: a name ("빌드", "이그나이트"). */
const KOREAN_NAME = /^\p{Script=Hangul}{2,}$/u;

/** A Korean word the knowledge does not know, with a particle of place: "팀즈에서도" -> "팀즈". */
const KOREAN_PLACE = /^(\p{Script=Hangul}{2,})(?:에서|에서도|에서만|에선|에도|에서는)$/u;

/**
 * A version ("opus 4.5", "4.5 sonnet"): the fact names the same number after the same word, or
 * after a word one typo away ("Sonet 4.5" is Sonnet 4.5).
 */
function versionMark(word: string, number: string): Mark {
  return (text) => {
    for (const match of matchesOf(VERSIONS, text)) {
      const [, before, value, after] = match;
      if (value !== number) continue;
      for (const written of [before, after]) {
        if (!written) continue;
        if (written === word || (word.length >= 4 && withinOneEdit(written, word))) return true;
      }
    }
    return false;
  };
}

/** A word and a version number, either way round: "sonnet 4.5", "4.5 sonnet". */
const VERSIONS = /(?:([a-z]{3,})\s?)?(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])(?=\s?([a-z]{3,}))?/g;

/** A date: some date in the fact's text names the same day (or month). */
function dateMark(claimed: CalendarDate): Mark {
  return (text) => datesIn(text).some((known) => coversDate(known, claimed));
}

export function factText(fact: Fact): string {
  // Read for every word of a claim and every candidate fact: each fact's text is joined once (a
  // fact never changes; the WeakMap lives as long as the knowledge does).
  let text = factTexts.get(fact);
  if (text === undefined) {
    text = [fact.statement.en, fact.statement.ko, fact.label.en, ...fact.keywords]
      .join(" ")
      .toLowerCase();
    factTexts.set(fact, text);
  }
  return text;
}

const factTexts = new WeakMap<Fact, string>();

/**
 * A word of the claim that the fact's own text says (as written, by its English stem, or by its
 * Korean stem without a past or adnominal ending: "맺었다는" is the fact's "맺어").
 */
export function inFactText(fact: Fact, word: string): boolean {
  return inText(factText(fact), word);
}

/** A word of the claim that a lower-cased text says, read as inFactText reads a fact's. */
export function inText(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  // "첫 파트너십", "첫번째": the first, which a fact says as 처음 or "first".
  if (FIRST_KO.test(word)) return FIRST_IN_FACT.test(text);
  // "주 클라우드 겸 훈련 파트너": a word that joins two things claims nothing itself; nor do
  // "같은 것도" (such as), "맞게" (to suit), "포함된" (included).
  if (KOREAN_JOINING_WORDS.has(word) || KOREAN_FRAME_WORD.test(word)) return true;
  if (/^[a-z]{4,}$/.test(word)) return text.includes(stemEnglish(word));
  const stem = word.replace(KOREAN_VERB_TAIL, "");
  if (
    stem !== word &&
    stem.length > 0 &&
    /^\p{Script=Hangul}+$/u.test(stem) &&
    (text.includes(stem) ||
      // "중요하다고" is the fact's "중요한": a noun and 하다, by the noun.
      (stem.length >= 3 && stem.endsWith("하") && text.includes(stem.slice(0, -1))))
  ) {
    return true;
  }
  // "처음임?", "첫 협력이야?": a noun of two syllables or more with its copula.
  const noun = word.replace(KOREAN_COPULA, "");
  return noun !== word && noun.length >= 2 && text.includes(noun);
}

/** A copula after a noun: "처음임", "처음이야", "처음인가", "처음이었음". */
const KOREAN_COPULA =
  /(?:이었|였)?(?:임|음|이야|이지|이죠|인가|인감|이냐|이에요|예요|입니까|이다|인 ?거)$/u;

/** Korean words for "first" (an ordinal, read against the fact's 처음 or "first"). */
const FIRST_KO = /^(?:첫|첫째|첫번째|최초)$/u;
const FIRST_IN_FACT = /처음|첫|최초|\bfirst\b/u;

/** Korean words that join or list ("A 겸 B", "A 및 B", "또"): no claim of their own. */
const KOREAN_JOINING_WORDS = new Set(["겸", "및", "또", "또한", "그리고", "즉", "곧"]);

/**
 * Korean words that frame a claim's content: "같은 것도", "맞게", "위한", "포함된", "들어간", and
 * "속" after a noun ("기사 속 발언": the remark in the article).
 */
const KOREAN_FRAME_WORD =
  /^(?:속|(?:같은|이런|그런|저런)(?:것|거|게)?|맞게|맞춰|맞도록|위해|위한|포함(?:된|되는|돼|됨|한|하는|해)?|들어(?:간|가는|감|가|있는|있))(?:도|은|는|을|를|이|가|에)?$/u;

/** The tail of a Korean verb as claimed: "맺었다는" -> "맺", "깊은" -> "깊", "맺었대" -> "맺". */
const KOREAN_VERB_TAIL =
  /(?:었|았|였|했|됐)?(?:다는|다고|다며|다더라|더라|던|는|은|을|다|음|어|아|대|래|냐|니|나|지|죠)?(?:으로|로|게|도|요)?$/u;

/**
 * "했대", "한대", "됐음", "하는": 하다 or 되다 and endings only, a verb that says nothing of
 * its own (the claim's content is in the words before it). So is the copula left over from a
 * noun ("클라우드인 거" leaves "인", "파트너임" leaves "임").
 */
export function isLightVerb(word: string): boolean {
  const light = /^(?:하|했|한|할|해|함|되|됐|된|될|돼|됨|인|임|이었|였|일)/u.exec(word);
  return light !== null && isEnding(word.slice(light[0].length));
}
