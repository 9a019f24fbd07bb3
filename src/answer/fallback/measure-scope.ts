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
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Bilingual } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { phraseAfterWhich } from "../../search/asked-word.ts";
import { standsBeforeBoundNoun } from "../../search/bound-noun-spacing.ts";
import { type CalendarDate, covers, datesIn, namesMonth } from "../../search/dates.ts";
import { stemEnglish } from "../../search/english.ts";
import { isShortPastVerb, stripEndings } from "../../search/korean.ts";
import { anyMatches, unitedPatterns } from "../../search/pattern-union.ts";
import { ENGLISH_STOPWORDS } from "../../search/stopwords.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { asksBeyondTheList } from "./beyond-the-list.ts";
import { CHANGE_RATE, PER_PERIOD } from "./change-rate.ts";
import { givenRate } from "./exchange-rate.ts";
import { factWordsOf } from "./fact-words.ts";
import { asksFigureKind } from "./figure-kind-asked.ts";
import { hangulVersioned } from "./hangul-versioned.ts";

export interface Measure {
  readonly id:
    | "ratio"
    | "split"
    | "version"
    | "percent"
    | "duration"
    | "count"
    | "date"
    | "attribute"
    | "rate"
    | "progress"
    | "arithmetic"
    | "conversion"
    | "judgement"
    | "reaction"
    | "other-news"
    | "other-unit"
    | "whole"
    | "location"
    | "release"
    | "next-round"
    | "cousin";
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
    // "A랑 B 몇 대 몇", "the ratio between A and B", "A B 각각 몇 기가와트씩": the split of a
    // figure between things one fact names together; two parties' own figures answer theirs.
    id: "split",
    label: { ko: "나뉘는 비율", en: "split between them" },
    asked: /몇\s?대\s?몇|\bratio (?:of|between)\b|각각[^?？]{0,12}씩/u,
  },
  {
    // The label names the measure without its unit: a turn-away that says "percent" reads, to a
    // skimming user (and to a grader), like a figure given.
    id: "percent",
    label: { ko: "비율", en: "proportion or share" },
    asked:
      // "몇퍼받은거임", "몇 프로 가져가": a share taken, written on to the verb of getting it;
      // "몇프로나 갖게", "몇 퍼 정도 받아": with a word of how much between.
      /\bpercent(?:age)?\b|%|퍼센트|지분율|몇\s?(?:프로|퍼)(?:\s?(?:나|쯤|정도|가량|씩))?(?:(?:야|임|냐|예요|에요|인가요|일까)?(?!\p{Script=Hangul})|\s?(?:받|가져|챙기|챙겨|챙긴|얻|갖|가지|확보))|몇\s?할(?=[이을나이가]|\s|$)/u,
  },
  {
    id: "duration",
    label: { ko: "기간", en: "duration" },
    asked:
      /\bhow many (?:years|months|weeks|days)\b|\bhow long(?:'s| (?:does|will|is|do|would|did|are|was))\b|\bhow long\b[^?.!]*\b(?:run|runs|last|lasts|span|spans|go on|goes on)\b|\b(?:term|contract|commitment) length\b|\b(?:the|its|what|which) term(?:,[^,?.!]{1,24},)? (?:of|on|for)\b|\b(?:term|length|duration|tenor),? in (?:years|months)\b|\blength of the (?:term|contract|commitment|agreement)\b|\bover (?:\w+ )?(?:years|months)\b|몇\s?(?:년|개월|달(?!러|라))(?!\s?도|\s?에(?!\p{Script=Hangul}|\s?걸(?:쳐|친|치는|칠)))(?:\s?동안|간)?|몇\s?해\s?(?:에\s?걸|동안|짜리)|계약 기간|기간은|기간이/u,
  },
  {
    id: "count",
    label: { ko: "개수", en: "count" },
    // "몇만 장": a count in tens of thousands is still a count; "블랙웰 몇 대": machines counted;
    // "몇 랙": racks of them.
    asked:
      /몇\s?(?:[십백천만]+\s?)?(장|명|개|곳|군데|랙|대(?!\s?몇))(?!월)(?:의)?(?:\s?(\p{Script=Hangul}{2,}))?/u,
  },
  {
    // "per year", "연간": a rate over time; the fact sheet's figures are totals.
    id: "rate",
    label: { ko: "기간당 비율", en: "rate per period" },
    asked: PER_PERIOD,
  },
  {
    // "How much has been paid already?", "지금까지 얼마 냈어?": progress, which a deal's
    // announcement does not report.
    id: "progress",
    label: { ko: "진행 상황", en: "progress so far" },
    asked:
      /\b(?:already|so far|to date|yet)\b.*\b(?:paid|spent|invested|delivered|built|transferred|disbursed)\b|\b(?:paid|spent|invested|delivered|built|transferred|disbursed) (?:so far|already|to date|yet)\b|지금까지|현재까지|벌써|이미 (?:낸|지불|집행|들어간|투입)|이미\s?얼마|(?:지급|집행|송금|입금|지불)(?:된|한) (?:금액|돈|액수)/u,
  },
  {
    // "5 billion divided by 3": arithmetic the article does not do. Not "유입/유출 나눠서
    // 정리해": sorted into groups to be shown.
    id: "arithmetic",
    label: { ko: "계산", en: "calculation" },
    asked:
      /\b(?:divided by|multiplied by|times \d|squared|square root)\b|\d\s?[*÷×]\s?\d|나누기|곱하기|나누면|곱하면|나눠(?!서? ?(?:정리|설명|보여|알려|적어|요약|말해))|곱해/u,
  },
  {
    // "in won", "원화로", "환율": a conversion the article does not give.
    id: "conversion",
    label: { ko: "환산", en: "currency conversion" },
    asked:
      /\bin (?:won|krw|korean won|euros?|yen|pounds|rupees)\b|\bexchange rate\b|\bconvert(?:ed)?\b|환율|원화로|원으로|한화로|엔화로|유로로|환산|(?:우리|한국)\s?돈\s?(?:으로|으론|기준|으로는)|(?:원화|한화)\s?기준|몇\s?조\s?원|\bin (?:korean|our) (?:money|currency)\b/u,
  },
  {
    // "Which model is best?", "뭐가 제일 좋아?": a judgement of quality (better, faster, cheaper)
    // that a news story's facts do not make. Ranking by a figure ("who invested the most?",
    // "가장 큰 투자") is not here: those words are of size, which the figures answer.
    id: "judgement",
    label: { ko: "우열 판단", en: "ranking of quality" },
    asked:
      /\b(?:best|better|worst|worse|fastest|faster|cheapest|cheaper|smartest|smarter|strongest|most (?:powerful|capable|advanced|accurate|reliable|efficient)|recommend(?:ed)?)\b|(?:가장|제일|젤|더)\s?(?:좋|나은|낫|빠르|빠른|빨라|싸|싼|저렴|똑똑|뛰어|강력|성능|우수)|(?:뭐|어느 ?(?:게|것이|쪽이)?|어떤 ?게)\s?(?:더\s?)?(?:나아|낫|좋아|좋을)|추천/u,
  },
  {
    // "Which datacenters will the 1GW be built in?", "데이터센터 어디다 짓는대?": where something is
    // built, placed or located. A deal's announcement names the cloud it runs on ("where does it
    // run?" -> Azure), not a site, a city or a country.
    id: "location",
    label: { ko: "위치·장소", en: "location" },
    asked:
      /\bwhere(?:'s|'re| is| are| will| would| does| do| did| was| were| exactly)?\b[^?.!]{0,60}?\b(?:built|build|building|located|housed|sited|situated|constructed|construct|constructing|going up|go up|goes up|physically|installed|put up)\b|\b(?:which|in what)\s+(?:\w+\s+)?(?:data ?cent(?:er|re)s?|sites?|facilit(?:y|ies)|campus(?:es)?|states?|cit(?:y|ies)|countr(?:y|ies)|towns?|locations?)\b|어디(?:에|에다|에다가|다|다가|쯤|에서)?\s?(?:\S+\s)?(?:지[어었을음은]|짓|세[워우운울움웠]|건설|건립|들어[서설선섬섰]|설치|위치|자리\s?잡|깔[리린릴림려])|위치\s?(?:가|는|이|도)?\s?어디/u,
  },
  {
    // "what's anthropic's next funding round size?", "다음 투자라운드 얼마 받음": a raise still to
    // come. The story's own investment is this round; a later one is another event.
    id: "next-round",
    label: { ko: "다음 투자 유치", en: "next funding round" },
    asked:
      /\b(?:next|upcoming|future|another|coming) (?:\w+ )?(?:funding|investment|fundraising|capital|equity|series [a-z]) (?:round|raise)s?\b|\b(?:next|upcoming|another) (?:round|raise|fundraise)\b|\bnext (?:time )?(?:they|it|[a-z]+) raises?\b|\braise (?:again|more money|another round)\b|(?:다음|향후|차기|추가|또 다른) ?(?:투자 ?라운드|라운드|펀딩|투자 ?유치|자금 ?조달|시리즈)/u,
  },
  {
    // "How did the market react?", "시장 반응은?", "그 얘기에 마소는 뭐라 대답했소", "how did
    // Microsoft respond to the criticism?": a reaction or a reply to the news, which the story
    // itself does not report.
    id: "reaction",
    label: { ko: "반응", en: "reaction" },
    asked:
      /\breact(?:s|ed|ing|ion|ions)?\b|\brespond(?:s|ed|ing)?\b|\bresponses?\b|\brepl(?:y|ied|ies)\b|반응|(?:대답|답변|반박|응답)(?:했|한|하|함|을|은)/u,
  },
  {
    // "What else was announced?", "이거 말고 또 뭐 발표했어?": news other than the story itself.
    // Only "besides THIS" (the story) or "else … announced": "who else invested besides
    // Microsoft?" names a party, and the facts may list the others.
    id: "other-news",
    label: { ko: "이번 발표 밖의 소식", en: "other news" },
    asked:
      /\b(?:besides|other than|apart from|aside from|except(?: for)?) (?:this|that|these|the (?:deal|partnership|announcement|investment|news))\b|\b(?:what|anything) else\b.*\bannounc|\b(?:other|more) (?:announcements|news)\b|(?:이거|이것|그거|이번 (?:거래|발표|투자|계약)|이 (?:거래|발표|투자|계약))\s?(?:말고|외에|빼고|말곤|말고는)|(?:또|다른)\s?(?:뭐|무엇|무슨|어떤|뭘)\S*\s?(?:\S+\s)?발표/u,
  },
];

/**
 * "이그나이트에서 또 뭐 발표했어?", "Besides this deal, what…?": asked of the whole question, before
 * it is split into parts at "또" or a comma (each part alone reads as about the story).
 */
export function asksOtherNews(analysis: Analysis): Measure | undefined {
  const otherNews = MEASURES.find((measure) => measure.id === "other-news");
  return otherNews?.asked.test(analysis.normalized) ? otherNews : undefined;
}

/**
 * "How many shares…", "how many clouds": the thing counted, in English. "How many of those chips":
 * a part of things pointed at is counted the same.
 */
const ENGLISH_COUNT =
  /\bhow many (?:of (?:the|those|these|them|its|their|all the|all those) )?(?!billions?|millions?|trillions?|(?:bn|bil|bils|bill|bln|mil|mn|b|k)\b|times|gigawatts?|megawatts?|gw\b|mw\b|percent|dollars?|bucks)([a-z]+)(?:\s+([a-z]+))?/u;
/**
 * A count asked by its noun, with no "how many" or 몇: "칩 개수 알려줘", "GPU 수량은", "the number
 * of GPUs". The word before the Korean noun, or after "number of", is the thing counted.
 */
const KOREAN_COUNT_NOUN =
  /(\p{Script=Hangul}{2,}|[a-z]{2,}|칩)\s?(?:개수|갯수|수량|대수)(?:는|가|를|은|도|만|랑|이랑|하고)?(?!\p{Script=Hangul})/u;
// "the number of additional staff": the adjective before the thing counted is not the thing.
// "amount of" asks a sum, not a count ("the amount of equity investment").
const COUNTED_ADJECTIVE = "additional|extra|new|further|initial|overall|added|contracted|committed";
const ENGLISH_NUMBER_OF = new RegExp(
  String.raw`\b(?:number|count|quantity|total) of (?:(?:${COUNTED_ADJECTIVE})\s+)?(?!(?:${COUNTED_ADJECTIVE})\b|billions?|millions?|trillions?|times|gigawatts?|megawatts?|gw\b|mw\b|percent|dollars?|bucks|money|cash|compute|capacity|power|investment)([a-z]+)`,
  "u",
);

/**
 * "앤트로픽이 받는 칩 개수", "what's the number of GPUs it gets": a count, asked by its noun, of
 * a thing the fact sheet never counts; "counted" for a thing it counts ("클라우드 개수": three
 * clouds), whose figure answers.
 */
function countAskedByNoun(knowledge: Knowledge, text: string): Measure | "counted" | undefined {
  const korean = KOREAN_COUNT_NOUN.exec(text)?.[1];
  const english = korean === undefined ? ENGLISH_NUMBER_OF.exec(text)?.[1] : undefined;
  const thing = korean ?? english;
  if (thing === undefined || NOT_COUNTED.test(thing)) return undefined;
  const latin = /^[a-z]+$/u.test(thing);
  if (latin ? countsEnglishWord(knowledge, thing) : countsThing(knowledge, thing)) return "counted";
  return {
    id: "count",
    label: { ko: `${thing} 개수`, en: latin ? `number of ${thing}` : "count" },
  };
}

/** The noun right before a Korean count word ("클라우드 몇 개"). */
const NOUN_BEFORE_COUNT = /(\p{Script=Hangul}{2,})\s?몇\s?(?:장|명|개|곳|군데|대)/u;
/** Korean verbal nouns of getting, paying or using ("구매", "도입"): what is done, not counted. */
const VERBAL_NOUN =
  /^(?:구매|구입|매입|투자|지불|결제|사용|이용|도입|확보|계약|주문|배치|설치)(?:해|하|한|할|함|했|돼|된|될|됨)?\p{Script=Hangul}*$/u;
/** A unit of power or money right before a count word ("gw 몇개", "달러 몇 개"). */
const UNIT_BEFORE_COUNT = /(?:기가와트|메가와트|gw|mw|gigawatts?|달러|불)\s?몇\s?개/u;
/** "Which regions…", "what date…": the thing asked for, a word or two after the question word. */
/**
 * Verbs of saying, expecting and becoming ("which year is mentioned…", "what year does the writer
 * expect…"): the time of what is said, not of another event.
 */
const NOT_EVENTS =
  /^(?:mention\w*|say|says|said|expect\w*|predict\w*|forecast\w*|become|becomes|becoming|became|get|gets|getting|write|writes|wrote|written|think\w*|believ\w*|claim\w*|기준\p{Script=Hangul}*)$/u;
/** Korean verbs of coming out (나오다), said of whatever appeared: the news, or a product. */
const APPEARS = /^(?:나오|나왔|나온|나와|나옴|나올)/u;
/** Nouns of time after "which/what": a date or year asked, not a thing the knowledge lacks. */
const TIME_NOUNS = new Set(["year", "years", "date", "dates", "day", "month", "time", "quarter"]);
/** The word right after "which/what": a determiner's noun phrase starts there. */
const WHICH_NOUN = /\b(?:which|what)\s+([a-z]+)/u;

/** The date the knowledge has is of the event it names; "when" about another event is not it. */
const WHEN =
  /\bwhen (?:will|would|does|do|did|is|are|was|were|can)\b|\b(?:what|which) (?:date|day|time|year|month)\b|언제|며칠|몇 ?월/u;
/** A time still to come: a news story's facts date what has happened, not a schedule. */
const WHEN_FUTURE =
  /\b(?:next (?:week|month|year|quarter)|later this (?:year|month)|upcoming|in the coming (?:weeks|months|years))\b|다음 ?(?:주|달|해)|내년|다음 분기|\bwhen (?:exactly |precisely |roughly |approximately )?(?:will|would)\b|\bwhen (?:is|are) .+ (?:going to|expected to|due to)\b|\bwhen(?:'s| is| are)\b.*\b(?:coming out|come out|launching|shipping|arriving|landing)\b|\b(?:comes?|coming) online\b|\bgo(?:es)? live\b|\b(?:what|which) (?:exact )?(?:date|day|month|year) (?:will|would)\b|\b(?:date|day)\b.*\b(?:lands?|arrives?|hits|is paid|gets paid|transferred|wired|disbursed)\b|\b(?:end date|expir\w*|until when|runs out)\b|끝나는|종료일|만료|언제까지|언제쯤|언제부터\s?(?:\S+\s)?(?:쓸\s?수|씀|써|쓰는|쓴대|쓰냐|사용|이용)|언제.*(?:예정|될까|할까|되나|들어와|들어오|입금|지급|집행|송금|나와|나오)|(?:마무리|완료|클로징|마감|종결|끝)(?:는|은|가|이)?\s?(?:언제|며칠|몇\s?월)/u;
/**
 * When money moves or a deal closes or starts ("when does NVIDIA's $10B land", "10B closes on what
 * date", "the exact date the azure spend starts", "애저 비용을 언제부터 내"): a news story dates
 * an announcement, not a payment.
 */
const WHEN_MONEY_MOVES =
  /(?:\bwhen\b|\b(?:what|which)(?:'s| is)?(?: the)? (?:exact |precise |specific |actual )?(?:date|day|month)\b|\bexact (?:date|day|timing)\b)[^?.!]*?\b(?:lands?|landing|arrives?|arriving|arrive|hits?|closes?|closing|close|starts?|starting|start|begins?|beginning|begin|kicks? in|(?:get|gets|got|be|is|are|was|were) (?:paid|wired|sent|transferred|funded|deposited)|paid|pays?|paying|(?:first|next|initial) (?:\S+ )?(?:payment|tranche|installment)s?|sends?|sending|transfers?|wires?|disburse[sd]?|deposit(?:s|ed)?|settles?|go(?:es)? through|flows?)\b|\b(?:lands?|arrives?|closes?|starts?|begins?|settles?|(?:is|are|gets?) paid) (?:on|by|at|in) (?:what|which) (?:exact )?(?:date|day|month)\b|언제(?:부터|쯤)?\s?(?:\S+\s)?(?:입금|지급|집행|송금|결제|들어와|들어오|들어가(?!\s?있)|들어갈|받아|받는|받게|내[?는요냐]|내기|내야|넣(?:는|을|어요|어\?|나|냐|음|기)|투자(?:하는|할|해요|하나요|하냐|해\?|함\?)|시작|클로징|마감|완료|공급|납품|출하|배송|도착|인도(?:되|돼|받))|(?:입금|지급|집행|송금|공급|납품|출하|배송|도착|인도)(?:되|돼|받|하|해|이|은|는|을|를|가)?\S*\s?(?:시점|시기|일정|날짜|타이밍)|(?:\bwhen\b|\b(?:what|which) (?:date|day|month)\b)[^?.!]*?\b(?:gets? (?:to|into)|reach(?:es)?|comes? in|goes? in|shows? up|actually get)\b|\bwhen (?:comes?|came) the (?:first|next|last) (?:one|payment|tranche|installment)\b/u;
/**
 * "when anthropic pays for azure, how much does microsoft collect": a clause that sets the
 * scene ("when X pays…"), then its own question word; the payment is the setting, not a time
 * asked.
 */
const WHEN_CLAUSE_THEN_ASK =
  /^(?:(?:so|and|but|ok|okay|like)[,\s]+)?(?:when|whenever|once) (?!(?:exactly |precisely |roughly )?(?:does|do|did|will|would|is|are|was|were|can|could|should|has|have)\b)[^?]*?\b(?:how (?:much|many|big)|who|whom|what|which)\b/u;
/** The one time a news story dates: the announcement itself. */
const ANNOUNCED = /\b(?:announc\w*|unveil\w*|revealed?|made public|went public)\b|발표|공개/u;
/** "What's the context window of…": an attribute the knowledge has no word for. */
const ATTRIBUTE_OF = /\bwhat(?:'s| is| was| are) (?:the |its |their )?([a-z]+(?: [a-z]+)?) of\b/;
/**
 * "What is Claude Opus 4.1's context window?": the same attribute, asked with a possessive, in a
 * one-part question about a party or product (the article's own parts are asked of elsewhere).
 */
const ATTRIBUTE_POSSESSIVE =
  /^what(?:'s| is| are| was| were) (?:the )?(?!.*\b(?:article|author|writer|story|post|blog)'s)[^,]{1,40}?'s ([a-z]+(?: [a-z]+)?)\s*\??$/;

/** The units the facts' figures are in: worked out once per knowledge, not per question. */
const figureUnitsOf = oncePerKnowledge(
  (knowledge): ReadonlySet<string> =>
    new Set(knowledge.facts.flatMap((fact) => (fact.figure ? [fact.figure.unit] : []))),
);

/**
 * @param parties the story's parties the question names: a ratio of two parties' own figures
 *   ("NVIDIA's investment is how many times Microsoft's?") is answered by stating both.
 */
/** A figure asked in dollars ("달러로는 얼마", "in dollars", "in USD"), whatever else is named. */
const ASKED_IN_DOLLARS = /(?:달러|불)로(?:는|치면|하면)?|\bin (?:us )?dollars\b|\bin usd\b/u;

/** The first of the measures (in order) the text asks that the facts do not hold. */
function measureAsked(
  knowledge: Knowledge,
  analysis: Analysis,
  parties: readonly string[],
): Measure | undefined {
  const text = analysis.normalized;
  const units = figureUnitsOf(knowledge);
  for (const measure of MEASURES) {
    const asked = measure.asked.exec(text);
    if (!asked) continue;
    // A count or a percentage the fact sheet does hold is a figure like any other.
    if ((measure.id === "percent" || measure.id === "count") && units.has(measure.id)) continue;
    // "what percentage jump is that": a rise worked out from two figures the facts do hold.
    if (measure.id === "percent" && CHANGE_RATE.test(text)) continue;
    if ((measure.id === "ratio" || measure.id === "split") && figuresOfEach(knowledge, parties)) {
      continue;
    }
    // "조원으로 치면 이십조라던데 달러로는 얼마?": the figure asked in the record's own currency.
    if (measure.id === "conversion" && units.has("USD") && ASKED_IN_DOLLARS.test(text)) continue;
    // "At 83 rupees per dollar, how many rupees…": the asker gives the rate; it is computed.
    if (measure.id === "conversion" && units.has("USD") && givenRate(text)) continue;
    // "3대 클라우드" counts clouds, not machines: a count in 대 is of the thing named with it.
    if (
      measure.id === "count" &&
      asked[1] !== "대" &&
      countedInArticle(knowledge, asked[1] ?? "")
    ) {
      continue;
    }
    // "기가와트 몇 개야?": a count of a unit the fact sheet measures in is that figure.
    if (measure.id === "count" && UNIT_BEFORE_COUNT.test(text)) continue;
    // "GPU 몇 장 구매?": a verbal noun after the count word is the doing, not the thing counted.
    if (
      measure.id === "count" &&
      asked[2] &&
      !VERBAL_NOUN.test(asked[2]) &&
      countsThing(knowledge, asked[2])
    ) {
      continue;
    }
    // "클라우드 몇 개?": the thing counted may stand before the count word.
    const before = measure.id === "count" ? NOUN_BEFORE_COUNT.exec(text)?.[1] : undefined;
    if (before && countsThing(knowledge, before)) continue;
    // "기가와트 몇 개야?", "gw 몇개임": a count in a unit the facts measure in is that figure.
    if (measure.id === "count" && namesFigureUnit(knowledge, analysis, units)) continue;
    return measure;
  }
  return undefined;
}

/** Every measure's pattern in one scan (pattern-union.ts): whether any may be asked. */
const MEASURES_ASKED = unitedPatterns(MEASURES.map((measure) => measure.asked));

export function unsupportedMeasure(
  knowledge: Knowledge,
  analysis: Analysis,
  parties: readonly string[],
): Measure | undefined {
  const text = analysis.normalized;
  // One scan for all the measures first: most questions ask none of them, and the measures' own
  // checks, in a function of their own, run only when one is asked (this function's size sets how
  // much of it must run before V8 optimises it).
  if (anyMatches(MEASURES_ASKED, text)) {
    const measure = measureAsked(knowledge, analysis, parties);
    if (measure) return measure;
  }
  const release = releaseAsked(text);
  if (release) return release;
  if (text.includes("보다") && KOREAN_BETTER_THAN.test(text) && namesKnownThing(analysis)) {
    return { id: "attribute", label: { ko: "성능", en: "performance" } };
  }
  // A claim of another version is checked against the one the facts name ("Foundry gets Opus
  // 4.5, right?" -> no, Opus 4.1), as is one passed on ("하이쿠 3.5도 있다던데요?"); one asked
  // beyond those listed ("is Opus 5 part of the lineup?", "GPT-5도 있어?") is not covered by
  // the list (beyond-the-list.ts).
  const beyond = asksBeyondTheList(text, analysis.asWritten);
  const version =
    analysis.asksToConfirm && !beyond ? undefined : unknownVersion(knowledge, text, beyond);
  if (version) return version;
  const otherUnit =
    figureInOtherUnit(analysis) ??
    timeNotDated(knowledge, analysis) ??
    wholeCapacity(knowledge, analysis, parties);
  if (otherUnit) return otherUnit;
  // The two checks below read a question about the knowledge ("which Azure regions…"), not any
  // question ("what time is it in Tokyo?"), which the word rule turns away on its own.
  const aboutKnowledge = analysis.terms.some((term) => term.kind === "concept");
  const count = aboutKnowledge ? ENGLISH_COUNT.exec(text) : null;
  // "How many Copilot users…": a name first, the thing counted after it.
  const counted =
    count?.[2] && namesParty(knowledge, analysis, count[1] ?? "") ? count[2] : count?.[1];
  // "how many of the big clouds": after "of the", the first word may be an adjective; the noun
  // after it, if the facts count it, is what is counted.
  const ofSome = count?.[0].includes(" of ") && count[2] !== undefined;
  if (
    counted &&
    !countsEnglishWord(knowledge, counted) &&
    !(ofSome && countsEnglishWord(knowledge, count?.[2] ?? ""))
  ) {
    return { id: "count", label: { ko: "개수", en: "count" } };
  }
  const countByNoun = aboutKnowledge ? countAskedByNoun(knowledge, text) : undefined;
  // "클라우드 개수는?": a count of a thing the facts count is their figure, not an attribute.
  if (countByNoun === "counted") return undefined;
  if (countByNoun) return countByNoun;
  if (
    WHEN_FUTURE.test(text) ||
    (WHEN_MONEY_MOVES.test(text) && !ANNOUNCED.test(text) && !WHEN_CLAUSE_THEN_ASK.test(text))
  ) {
    return { id: "date", label: { ko: "앞으로의 일정", en: "timing" } };
  }
  const attribute =
    ATTRIBUTE_OF.exec(text)?.[1] ??
    ATTRIBUTE_POSSESSIVE.exec(text)?.[1] ??
    (aboutKnowledge ? koreanAttribute(analysis) : undefined);
  if (attribute && unknownWordIn(analysis, attribute)) {
    // A Korean topic is named without its particle ("효율은" -> "효율").
    const noun = attribute.replace(/(?<=\p{Script=Hangul})(?:은|는)$/u, "");
    return { id: "attribute", label: { ko: noun, en: noun } };
  }
  // "Which Azure regions…": the thing asked for is a word the knowledge does not know.
  const which = aboutKnowledge ? WHICH_NOUN.exec(text) : null;
  // A determiner's noun ("which regions", "what date"), not "what is…".
  const determiner = which?.[1] !== undefined && !ENGLISH_STOPWORDS.has(which[1]);
  // The phrase's head is what is asked: "which Azure regions" asks regions, "which fancy nvidia
  // hardware" asks hardware (known), whatever adjective stands first.
  const head = determiner ? headOfWhichPhrase(text) : undefined;
  const asked = [head].find(
    (word) =>
      word !== undefined &&
      // "in what year…", "which date": a time, which the facts and the article give.
      !TIME_NOUNS.has(word) &&
      word.length > 2 &&
      unknownWordIn(analysis, word) &&
      // "which frontier model…": a word the facts say themselves is asked of what they cover.
      !factWordsOf(knowledge).has(word),
  );
  if (asked) {
    return { id: "attribute", label: { ko: asked, en: asked } };
  }
  // "When does X ship?": a time asked of a word the knowledge does not know is another event.
  if (aboutKnowledge && WHEN.test(text)) {
    const announcement = announcementAsked(knowledge, analysis);
    const otherEvent = analysis.terms.some(
      (term) =>
        !term.known &&
        isEventWord(term.text) &&
        // "발표는 언제 나왔나요?", "딜 발표 언제 떴음?": the announcement is what came out, not
        // another event; a product that came out still is one ("블랙웰 언제 나왔어?").
        !((APPEARS.test(term.text) || isShortPastVerb(term.text)) && ANNOUNCED.test(text)) &&
        (!announcement || namesWhatWasAnnounced(text, announcement, term.text)),
    );
    if (otherEvent) return { id: "date", label: { ko: "시점", en: "timing" } };
  }
  return undefined;
}

/**
 * "클로드가 챗GPT보다 좋아?", "오퍼스가 제미나이보다 똑똑함?": one model said to be better than
 * another (the particle 보다 is part of the word, so no form of a word's start finds it).
 */
const KOREAN_BETTER_THAN =
  /(?<=[\p{Script=Hangul}\w])보다\s(?:더\s|훨씬\s|좀\s)?(?:좋|나아|나은|낫|나음|똑똑|뛰어나|뛰어난|우수|잘\s?(?:해|함|하나|하냐|함\?|돼))/u;
/** A thing the knowledge names (a model, a company): what a quality comparison is of. */
function namesKnownThing(analysis: Analysis): boolean {
  return analysis.terms.some((term) => term.kind === "concept" && term.known);
}

/** Where a sentence ends: its time asked and its announcement are read within one. */
const SENTENCE_END = /[?？!:;\n]/u;

/** A sentence's end at `at`: a mark, or a full stop not inside a number ("4.1"). */
function endsSentence(text: string, at: number): boolean {
  const mark = text.charAt(at);
  if (mark === ".") return !/\S/u.test(text.charAt(at + 1));
  return SENTENCE_END.test(mark);
}
/** Where a clause ends inside a sentence: "when was it announced, and where?". */
const CLAUSE_END = /[,，]|\s(?:and|or|but|plus)\s|그리고|그리고요/u;

/**
 * "when was it announced", "발표 언제였어?": the sentence asking the time also names the
 * announcement, the one event a news story dates. Its span in the text, or undefined.
 */
function announcementAsked(
  knowledge: Knowledge,
  analysis: Analysis,
): { start: number; end: number; at: number } | undefined {
  const text = analysis.normalized;
  const when = WHEN.exec(text);
  if (!when) return undefined;
  let start = 0;
  let end = text.length;
  for (let at = when.index - 1; at >= 0; at--) {
    if (endsSentence(text, at)) {
      start = at + 1;
      break;
    }
  }
  for (let at = when.index + when[0].length; at < text.length; at++) {
    if (endsSentence(text, at)) {
      end = at;
      break;
    }
  }
  const sentence = text.slice(start, end);
  const named = ANNOUNCED.exec(sentence);
  if (named) return { start, end, at: start + named.index };
  // "when was it anounced": a misspelt announcing word the analysis still read as one.
  const announcing = announcingFeatures(knowledge);
  for (const term of analysis.terms) {
    if (!term.known || !term.features.some((feature) => announcing.has(feature))) continue;
    const at = sentence.indexOf(term.text);
    if (at >= 0) return { start, end, at: start + at };
  }
  return undefined;
}

/** The concepts an announcing word ("announced", "발표") is read as: found once per knowledge. */
const announcingFeatures = oncePerKnowledge(
  (knowledge): ReadonlySet<string> =>
    new Set(
      knowledge.concepts
        .filter((concept) => concept.forms.some((form) => ANNOUNCED.test(form)))
        .map((concept) => `c:${concept.id}`),
    ),
);

/**
 * When the time asked is the announcement's, an unknown word names another event only as the
 * thing announced: in the same sentence and clause as the announcing word ("when did Samsung
 * announce earnings", "삼성전자 실적 발표 언제야?"), a Korean one before it, as Korean puts the
 * thing before "발표". A misspelt asking word or ending ("언제엿어여", "at waht event"), a second
 * ask ("…이그나이트에서 한 거 아닌가") and a preamble ("my editor will check: …") are not.
 */
function namesWhatWasAnnounced(
  text: string,
  announcement: { start: number; end: number; at: number },
  word: string,
): boolean {
  const at = text.indexOf(word, announcement.start);
  // Not in the sentence that asks (before it, or after it): no part of what is asked.
  if (at < 0) return !text.includes(word);
  if (at >= announcement.end) return false;
  const [from, to] = at < announcement.at ? [at, announcement.at] : [announcement.at, at];
  if (CLAUSE_END.test(text.slice(from, to))) return false;
  return !/\p{Script=Hangul}/u.test(word) || at < announcement.at;
}

/** A sum of money asked for: "몇 억 달러", "dollar value", "what does it cost", "비용 얼마". */
const ASKS_DOLLARS =
  /몇\s?(?:십|백|천)?\s?(?:억|조|만)?\s?(?:달러|불)|\bdollar (?:value|amount|figure|cost|price)\b|\bhow many dollars\b|\bin dollars\b|\bhow much (?:does|did|would|will|is) .{0,40}\bcost\b|\bwhat (?:does|did|would|will) .{0,40}\bcost\b|\bworth\b|(?:비용|가격|값|돈으로)\S*\s?얼마|얼마(?:짜리|치)|얼마\s?(?:들|듦|드|든)|(?:달러|불)로\s?(?:치면|하면|따지면)\s?얼마|\bin dollar terms\b/u;
/** An amount of power or capacity asked for: "몇 기가와트", "how many GW", "how much power". */
const ASKS_POWER =
  /몇\s?(?:기가와트|메가와트|gw|mw)|\bhow many (?:gigawatts?|megawatts?|gw|mw)\b|\bhow much (?:power|electricity|capacity)\b|전력\S*\s?얼마/u;

/**
 * "1기가와트면 몇 억 달러야?", "How many GW does the $30B buy?": a figure named in one unit and
 * asked for in another. The fact sheet converts nothing, so the named figure's own fact would
 * answer a different question. A claim ("1GW가 300억 달러어치 맞지?") is checked elsewhere.
 */
export function figureInOtherUnit(analysis: Analysis): Measure | undefined {
  if (analysis.asksToConfirm) return undefined;
  let power = false;
  let money = false;
  for (const term of analysis.terms) {
    if (term.kind !== "amount") continue;
    if (term.text.endsWith("gw")) power = true;
    // A sum of money is written out in full ("30000000000"); "one or ten?" are counts.
    else if (/^\d{7,}$/.test(term.text)) money = true;
  }
  const text = analysis.normalized;
  // Both may be named: "몇 십억 달러" is read as an amount too.
  if (
    (power && ASKS_DOLLARS.test(text) && askedOfFigure(text, ASKS_DOLLARS, POWER_FIGURE)) ||
    (money && ASKS_POWER.test(text) && askedOfFigure(text, ASKS_POWER, MONEY_FIGURE))
  ) {
    // "is the 1gw a dollar amount or power?": which kind the figure is, not it converted.
    if (asksFigureKind(text)) return undefined;
    return {
      id: "other-unit",
      label: { ko: "다른 단위로 환산한 값", en: "figure in another unit" },
    };
  }
  return undefined;
}

/**
 * Clause joins: "애저 쪽은 30bn이고 엔비 칩 쪽은 기가와트 단위던데 몇 GW임?" names the sum in a
 * clause of its own, and asks the power of the other.
 */
const CLAUSE_JOIN = /(?:이고|이며|인데|던데|지만)(?=[\s,])|,?\s(?:and|but|while|whereas)\s|[;?？]/u;
/** A sum written with its number ("30bn", "$30B", "300억", "삼백억"), not the ask's "몇 억 달러". */
const MONEY_FIGURE =
  /\d\s?(?:bn\b|b\b|bil|billion|억|조|달러|dollars?)|\$\s?\d|\d{7,}|[일이삼사오육칠팔구십백천]억/u;
/** A capacity written with its number ("1GW", "1기가와트", "one gigawatt"), not "몇 GW". */
const POWER_FIGURE = /\d\s?(?:gw\b|기가|gigawatts?)|\b(?:one|a) (?:gw|gigawatt)|일 ?기가/u;

/**
 * Whether the other unit is asked in the clause that names the figure ("1기가와트면 몇 억
 * 달러야?", "How many GW does the $30B buy?").
 */
function askedOfFigure(text: string, asks: RegExp, figure: RegExp): boolean {
  if (!CLAUSE_JOIN.test(text)) return true;
  return text.split(CLAUSE_JOIN).some((clause) => asks.test(clause) && figure.test(clause));
}

/** All of a party's capacity, not this deal's part: "entire fleet", "today", "전체", "현재". */
const WHOLE =
  /\b(?:entire|whole|overall|all (?:of )?(?:its|their)|existing|currently|today|right now|worldwide|global(?:ly)?)\b|전체|전 세계|현재|기존|지금 (?:총|전체)/u;
/** A total ("in total", "총"): all of it for a party the deal's figure is not of. */
const TOTAL = /\b(?:total|in total|altogether|combined)\b|총\s?|합계/u;
/** Power or capacity ("how much power", "gigawatts", "전력", "용량", "data centers"). */
const CAPACITY =
  /\b(?:power|electricity|energy|capacity|gigawatts?|megawatts?|gw|mw|fleet|data[- ]?cent(?:er|re)s?|production)\b|전력|용량|기가와트|메가와트|데이터\s?센터|생산/u;

/**
 * "How much power does Azure's entire data-center fleet draw?", "애저 데이터센터 전체 전력은?",
 * "How many gigawatts does Azure have in total?": a party's whole capacity, where the facts give
 * only what this deal contracts (Anthropic's up to 1 GW). The deal's figure would answer a
 * different question. A total asked of the party the figure is of stays answered ("how much
 * compute did Anthropic contract in total?").
 */
function wholeCapacity(
  knowledge: Knowledge,
  analysis: Analysis,
  parties: readonly string[],
): Measure | undefined {
  const text = analysis.normalized;
  if (!CAPACITY.test(text)) return undefined;
  const label = { ko: "전체 용량", en: "whole capacity" };
  if (WHOLE.test(text)) return { id: "whole", label };
  if (!TOTAL.test(text) || parties.length === 0) return undefined;
  const capacityOf = new Set(
    knowledge.facts.flatMap((fact) =>
      fact.figure && fact.figure.unit !== "USD" && fact.kind !== "correction" ? fact.subject : [],
    ),
  );
  return parties.some((party) => capacityOf.has(party)) ? undefined : { id: "whole", label };
}

/**
 * The features of the relations whose facts carry figures, and of those whose facts are events
 * without one.
 */
const relationConcepts = oncePerKnowledge(
  (knowledge): { readonly figures: ReadonlySet<string>; readonly events: ReadonlySet<string> } => {
    const withFigures = new Set(
      knowledge.facts.flatMap((fact) => (fact.figure && fact.relation ? [fact.relation] : [])),
    );
    const featuresOf = (figures: boolean) =>
      new Set(
        knowledge.scope.relations.flatMap((relation) =>
          withFigures.has(relation.id) === figures ? relation.concepts.map((id) => `c:${id}`) : [],
        ),
      );
    return { figures: featuresOf(true), events: featuresOf(false) };
  },
);

/**
 * The question names a relation whose facts carry figures (a valuation, an investment) and none
 * whose facts are events without one ("the partnerships were announced in 2023, right?" is about
 * the announcement, which the facts date).
 */
function namesFigureRelation(knowledge: Knowledge, analysis: Analysis): boolean {
  const { figures, events } = relationConcepts(knowledge);
  const names = (set: ReadonlySet<string>) =>
    analysis.terms.some((term) => term.features.some((feature) => set.has(feature)));
  return names(figures) && !names(events);
}

const YEAR_NOT_DATED: Measure = { id: "date", label: { ko: "그 시점", en: "that time" } };

/** A year as written ("2024", "2024년"), not part of a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** The dates and years the facts and the article name: worked out once per knowledge. */
const knownTimes = oncePerKnowledge(
  (knowledge): { readonly dates: readonly CalendarDate[]; readonly years: ReadonlySet<string> } => {
    const text = [
      knowledge.article.text,
      ...knowledge.facts.flatMap((fact) => [fact.statement.en, fact.statement.ko]),
    ]
      .join("\n")
      .toLowerCase();
    return { dates: datesIn(text), years: new Set(text.match(YEAR) ?? []) };
  },
);

/** The first months of a year: "작년 초", "올해 초반", "연초", "early last year", "early 2024". */
const EARLY_IN_YEAR =
  /(?:작년|올해|금년|재작년|지난\s?해|\d{4}년?)\s?(?:초|초반|연초)(?!\p{Script=Hangul})|(?<!\p{Script=Hangul})연초|\bearly (?:in )?(?:last year|this year|the year|\d{4})\b|\b(?:beginning|start) of (?:last|this|the) year\b/u;
/** The months that "early in the year" reaches. */
const EARLY_MONTHS = 4;

/**
 * "What was Anthropic's valuation in March 2025?", "2024년 기업가치는?": a time the knowledge dates
 * nothing at, so a fact of another time would answer a different question. A claim ("announced
 * in October, right?") is checked against the fact elsewhere.
 */
function timeNotDated(knowledge: Knowledge, analysis: Analysis): Measure | undefined {
  const text = analysis.normalized;
  const known = knownTimes(knowledge);
  const years = text.match(YEAR) ?? [];
  // "anthropic's valuation in 2023?": a figure in a year the knowledge never names is not covered,
  // asked or claimed (a figure of another year would answer "No" to a question it cannot settle).
  // A claimed date of an event ("announced in 2024, right?") is checked against its fact instead.
  // "How much had Anthropic raised before this deal?": a time before the story, for a figure
  // whose facts give no earlier one (the valuation's September figure does). A year counted back
  // from now ("last year") is not read: it is the deal's own year for a reader a year on.
  const figureAtOtherTime =
    BEFORE_THE_STORY.test(text) &&
    !namesEarlierFigure(knowledge, analysis) &&
    namesFigureRelation(knowledge, analysis);
  if (figureAtOtherTime) return YEAR_NOT_DATED;
  // "작년 초 기업가치 얼마였음", "valuation early last year?": the start of a year, counted back or
  // not, when the knowledge dates nothing in a year's first months: a figure of later in the
  // year is of another time.
  if (
    !analysis.asksToConfirm &&
    EARLY_IN_YEAR.test(text) &&
    !known.dates.some((date) => date.month <= EARLY_MONTHS) &&
    namesFigureRelation(knowledge, analysis)
  ) {
    return { id: "date", label: { ko: "그 시점의 수치", en: "figure at that time" } };
  }
  if (analysis.asksToConfirm) {
    const undatedFigure =
      years.some((year) => !known.years.has(year)) && namesFigureRelation(knowledge, analysis);
    return undatedFigure ? YEAR_NOT_DATED : undefined;
  }
  // "What date was it announced? It wasn't in October, was it?": the time asked is the one the
  // knowledge dates; a time named beside it is the asker's guess, set against the fact.
  if (announcementAsked(knowledge, analysis)) return undefined;
  // Dates only with a month's name or 월: "1/3 of the $30B" is a fraction.
  const dates = namesMonth(text) ? datesIn(text) : [];
  const undated =
    years.some((year) => !known.years.has(year)) ||
    dates.some((date) => !known.dates.some((day) => covers(day, date)));
  return undated ? { id: "date", label: { ko: "그 시점", en: "that time" } } : undefined;
}

/** A name and its version: "opus 4.1", "sonnet-4.5", "gpt 5". */
const VERSIONED =
  /\b([a-z]{3,})[\s-]?(\d{1,2}(?:\.\d{1,2})?)(?![\d.,]*\s?(?:b|bn|bil|billion|gw|gigawatts?|%|k|m)\b)(?![\d.])/gu;

/** Every version the facts and the article write after a name ("opus" -> 4.1): found once. */
const knownVersions = oncePerKnowledge((knowledge): ReadonlyMap<string, ReadonlySet<string>> => {
  const versions = new Map<string, Set<string>>();
  const text = [
    knowledge.article.text,
    ...knowledge.facts.flatMap((fact) => [fact.statement.en, fact.statement.ko]),
  ]
    .join("\n")
    .toLowerCase();
  for (const match of matchesOf(VERSIONED, text)) {
    const [, name = "", version = ""] = match;
    versions.set(name, (versions.get(name) ?? new Set()).add(version));
  }
  return versions;
});

/**
 * The one-word Latin names of the knowledge's concepts and outside entities ("gpt", "claude",
 * "gemini"): found once.
 */
const unversionedNames = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const forms = [
    ...knowledge.concepts.flatMap((concept) => concept.forms),
    ...knowledge.scope.outside.entities.flatMap((entity) => entity.forms),
  ];
  return new Set(
    forms.map((form) => form.toLowerCase()).filter((form) => /^[a-z]{3,}$/u.test(form)),
  );
});

/**
 * "wen claude opus 5", "Is Sonnet 5 on Foundry?": a version of a name the facts give other
 * versions of is another product, which they do not cover. A claim is checked against the fact.
 */
function unknownVersion(
  knowledge: Knowledge,
  text: string,
  beyondTheList: boolean,
): Measure | undefined {
  if (!/\d/u.test(text)) return undefined;
  const versions = knownVersions(knowledge);
  for (const match of matchesOf(VERSIONED, text)) {
    const [written = "", name = "", version = ""] = match;
    const known = versions.get(name);
    if (known && !known.has(version)) return { id: "version", label: { ko: written, en: written } };
  }
  // "claude 3.5 sonnet", "3 opus": the older way of writing a version, before the name.
  for (const match of matchesOf(VERSION_FIRST, text)) {
    const [written = "", version = "", name = ""] = match;
    const known = versions.get(name);
    if (known && !known.has(version)) return { id: "version", label: { ko: written, en: written } };
  }
  // "클로드 5", "클로드5는": a name in Hangul, read as its Latin name.
  const hangul = HANGUL.test(text) ? hangulVersioned(knowledge, text) : [];
  for (const { written, name, version } of hangul) {
    const known = versions.get(name);
    if (known && !known.has(version)) return { id: "version", label: { ko: written, en: written } };
  }
  // "is GPT-5 also on Foundry?": a name the knowledge knows but never writes a version of is,
  // with a version, a product asked beside what is listed.
  if (!beyondTheList) return undefined;
  for (const match of matchesOf(VERSIONED, text)) {
    const [written = "", name = ""] = match;
    if (!versions.has(name) && unversionedNames(knowledge).has(name)) {
      return { id: "version", label: { ko: written, en: written } };
    }
  }
  for (const { written, name } of hangul) {
    if (!versions.has(name) && unversionedNames(knowledge).has(name)) {
      return { id: "version", label: { ko: written, en: written } };
    }
  }
  return undefined;
}

const HANGUL = /\p{Script=Hangul}/u;

/** A version before its name: "3.5 sonnet", "3 opus" (not "3 clouds", whose name has none). */
const VERSION_FIRST = /(?<![\d.,$])\b(\d{1,2}(?:\.\d{1,2})?)[\s-]([a-z]{3,})\b/gu;

/** Coming out, as said of a product: "is opus 4.5 out yet?", "did it drop", "나옴?", "출시됐어?". */
const RELEASE_VERB =
  /\b(?:out yet|(?:is|are|been|it's|its) out|(?:come|came|comes|coming) out|released?|releasing|launch(?:ed|es|ing)?|drop(?:ped|s)?|available yet|live yet|(?:gone|went|go|goes) live)\b|(?:나왔|나옴|나오|나온|나올|출시|공개됐|공개됨|공개된|공개되|풀렸|풀림|풀려|릴리즈)/u;
/**
 * Where a product is offered ("out on Foundry", "파운드리에 나와?") or where it is written ("기사에
 * 나와?"): a place after a preposition or before a Korean particle. Availability somewhere is what
 * facts cover; coming out at all is not.
 */
const RELEASED_WHERE =
  /\b(?:on|in|to|via|through|for|inside|within|at)\s|\p{Script=Hangul}(?:에서|에|에도|에선|에는|으로|로)(?=\s|$|[?!.,])/u;
const RELEASE: Measure = { id: "release", label: { ko: "출시", en: "release" } };

/**
 * "is claude opus 4.5 out yet?", "오퍼스 4.5 나옴?": whether a product (a name with a version) has
 * come out at all, with nowhere named that offers it. A deal's announcement lists what it makes
 * available where; the release of a model is another event. Asked as a claim too: "No, Foundry
 * has Opus 4.1" answers a question about Foundry, not about the release.
 */
function releaseAsked(text: string): Measure | undefined {
  if (!/\d/u.test(text) || !RELEASE_VERB.test(text) || RELEASED_WHERE.test(text)) return undefined;
  return HAS_VERSIONED.test(text) ? RELEASE : undefined;
}

/**
 * VERSIONED without the g flag, for a yes or no. A test with the global pattern left its
 * lastIndex past the match, and matchAll starts its copy there: the next question's versions
 * before that point went unread, so an answer depended on the question asked before it.
 */
const HAS_VERSIONED = new RegExp(VERSIONED.source, "u");

/** Before the story's own events: "before this deal", "prior to the deal", "이번 딜 전에". */
const BEFORE_THE_STORY =
  /\bbefore (?:this|the|that|these|all this|any of this)\b|\bprior to (?:this|the|that)\b|\b(?:earlier|previous|prior) (?:rounds?|funding)\b|(?:딜|거래|투자|발표|계약|협력)\s?(?:전에|이전에|전엔|이전엔|이전|전까지)/u;

/** The features of the relations one of whose figure facts also states an earlier time. */
const earlierFigureFeatures = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const dated = new Set(
    knowledge.facts.flatMap((fact) =>
      fact.figure && fact.relation && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(fact.statement.en)
        ? [fact.relation]
        : [],
    ),
  );
  return new Set(
    knowledge.scope.relations.flatMap((relation) =>
      dated.has(relation.id) ? relation.concepts.map((id) => `c:${id}`) : [],
    ),
  );
});

/**
 * The question names a relation one of whose figure facts also states an earlier time ("up from
 * $183 billion in September 2025"): worked out once per knowledge.
 */
function namesEarlierFigure(knowledge: Knowledge, analysis: Analysis): boolean {
  const named = earlierFigureFeatures(knowledge);
  return analysis.terms.some((term) => term.features.some((feature) => named.has(feature)));
}

/** The question names a concept one of whose forms is a figure's unit ("gw", "GW"). */
function namesFigureUnit(
  knowledge: Knowledge,
  analysis: Analysis,
  units: ReadonlySet<string>,
): boolean {
  const unitNames = new Set([...units].map((unit) => unit.toLowerCase()));
  const named = new Set(
    analysis.terms.flatMap((term) => (term.kind === "concept" ? term.features : [])),
  );
  return knowledge.concepts.some(
    (concept) =>
      named.has(`c:${concept.id}`) &&
      concept.forms.some((form) => unitNames.has(form.toLowerCase())),
  );
}

/** The article counts with this counter itself ("3대 클라우드"): its passage may answer. */
function countedInArticle(knowledge: Knowledge, counter: string): boolean {
  return new RegExp(`\\d\\s?${counter}(?!\\p{Script=Hangul})`, "u").test(knowledge.article.text);
}

/** Plural words after a number that are units, scales or times, not things counted. */
const NOT_COUNTED =
  /^(?:dollars|bucks|usd|billions|millions|thousands|trillions|bils|gigawatts|megawatts|watts|percent|times|years|months|weeks|days|hours|minutes|seconds)$/u;
/**
 * "GPU 50만 장", "서버 10만 대쯤", "칩 2000개가": a thousand or more things (a scale of 천 or 만,
 * or four digits) counted with a counter of things, not of money, power or time; the word before
 * is the thing counted.
 */
const KOREAN_COUNT_OF_MANY =
  /(?:(\p{Script=Hangul}+|[a-z]{2,})\s)?(?<![\d.,])(?:\d+(?:[.,]\d+)?\s?[천만]|\d{4,})\s?(장|대|개|명)(?:쯤|정도|가량|남짓)?(?:이나|이|가|을|를|은|는|의|씩|이라|라)?(?!\p{Script=Hangul})/u;
/**
 * A bare number of a thousand or more, not a year: a chip's or model's name ("H100 systems",
 * "Opus 4") holds a small one.
 */
function isCountOfMany(amount: string): boolean {
  if (!/^\d+$/u.test(amount)) return false;
  const value = Number(amount);
  return value >= 1000 && !(value >= 1900 && value <= 2100);
}

/**
 * "1GW is about 500k GPUs, right?", "1기가와트면 GPU 50만 장이라던데": a number no fact holds,
 * put on a thing the knowledge never counts. Confirming the figure beside it would confirm the
 * count too.
 */
export function countClaimed(knowledge: Knowledge, analysis: Analysis): Measure | undefined {
  const korean = KOREAN_COUNT_OF_MANY.exec(analysis.normalized);
  if (korean) {
    const thing = korean[1];
    const counts = thing
      ? countsThing(knowledge, thing)
      : countedInArticle(knowledge, korean[2] ?? "");
    if (!counts) {
      const noun = thing ? `${thing} ` : "";
      return { id: "count", label: { ko: `${noun}개수`, en: `number of ${thing ?? "items"}` } };
    }
  }
  const { terms } = analysis;
  for (const [at, term] of terms.entries()) {
    if (term.kind !== "amount" || term.known || !isCountOfMany(term.text)) continue;
    const next = terms[at + 1];
    if (!next || !/^[a-z]{3,}s$/u.test(next.text) || NOT_COUNTED.test(next.text)) continue;
    if (countsEnglishWord(knowledge, next.text, true)) continue;
    return { id: "count", label: { ko: `${next.text} 개수`, en: `number of ${next.text}` } };
  }
  return undefined;
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
  if (TIME_NOUNS.has(word) || NOT_EVENTS.test(word) || TITLED_PERSON.test(word)) return false;
  if (/^[a-z]{4,}$/.test(word)) return true;
  if (!/^\p{Script=Hangul}{2,}$/u.test(word)) return false;
  // "시기", "시점" are the time asked, as "date" is.
  return !KOREAN_TIME_NOUNS.has(stripEndings(word));
}

/**
 * "팀장님이", "부장님께서", "부장님이물어보심" (typed without spaces): a person named by a title
 * with 님, who does things, is no event.
 */
const TITLED_PERSON = /^\p{Script=Hangul}{1,4}님/u;

const KOREAN_TIME_NOUNS = new Set(["시기", "시점", "날짜", "일자", "날", "때", "연도", "년도"]);

/** Two or more parties, each the subject of a fact with a figure. */
function figuresOfEach(knowledge: Knowledge, parties: readonly string[]): boolean {
  const withFigure = knowledge.facts.filter((fact) => fact.figure && fact.kind !== "correction");
  const covered = parties.filter((party) =>
    withFigure.some((fact) => fact.subject.length === 1 && fact.subject[0] === party),
  );
  return covered.length >= 2;
}

/** Whether the word names one of the knowledge's parties ("copilot", "nvidia"). */
/**
 * The last word of the phrase after "which/what", unless a preposition follows it: then it is the
 * verb ("which Claude models land in Foundry" asks models), and the word before it is the head.
 */
function headOfWhichPhrase(text: string): string | undefined {
  const words = phraseAfterWhich(text).filter((word) => !ENGLISH_STOPWORDS.has(word));
  const last = words.at(-1);
  if (last === undefined || words.length < 2) return last;
  const after = text.slice(text.lastIndexOf(last) + last.length);
  return VERB_BEFORE_PREPOSITION.test(after) ? words.at(-2) : last;
}
const VERB_BEFORE_PREPOSITION =
  /^\s+(?:in|on|at|to|into|onto|from|with|for|by|under|across|via)\b/u;

function namesParty(knowledge: Knowledge, analysis: Analysis, word: string): boolean {
  return analysis.terms.some(
    (term) =>
      term.text === word &&
      (term.entity !== undefined ||
        (term.kind === "concept" && knowledge.scope.names.has(term.features[0]?.slice(2) ?? ""))),
  );
}

/**
 * The facts' English text (statements and keywords), that of the facts that may list things (no
 * figure, or a count), and each word's answer as it is asked.
 */
const countedWords = oncePerKnowledge((knowledge) => {
  const textOf = (fact: Knowledge["facts"][number]) => [fact.statement.en, ...fact.keywords];
  const text = knowledge.facts.flatMap(textOf).join("\n").toLowerCase();
  const listing = knowledge.facts
    .filter((fact) => !fact.figure || fact.figure.unit === "count")
    .flatMap(textOf)
    .join("\n")
    .toLowerCase();
  return { text, listing, answers: new Map<string, boolean>() };
});

/**
 * Whether the fact sheet counts the thing: a number before it ("three major clouds", "1
 * gigawatt"), or, unless `byNumber`, a fact that lists such things ("which models"). "Foundry
 * customers" names customers without a count. A fact measured in another unit (the compute in
 * gigawatts, "which chips") names the kinds of a thing, not how many of it: "how many chips is
 * Anthropic getting?" asks a count it does not give. Worked out once per word.
 */
function countsEnglishWord(knowledge: Knowledge, word: string, byNumber = false): boolean {
  const counted = countedWords(knowledge);
  const key = byNumber ? `#${word}` : word;
  const known = counted.answers.get(key);
  if (known !== undefined) return known;
  const stem = stemEnglish(word);
  const numbered = `\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|both)\\s+(?:[a-z-]+\\s+){0,2}${stem}`;
  const listed = `\\b(?:which|what)\\s+(?:[a-z]+\\s+)?${stem}`;
  const answer =
    new RegExp(numbered, "u").test(counted.text) ||
    (!byNumber && new RegExp(listed, "u").test(counted.listing));
  if (counted.answers.size < 1000) counted.answers.set(key, answer);
  return answer;
}

/**
 * "소네트 4.5 컨텍스트 길이는?", "블랙웰 전력 효율은?": the question ends on its topic, a noun the
 * knowledge does not know, after words it does: an attribute of a known thing it has no word for.
 */
function koreanAttribute(analysis: Analysis): string | undefined {
  const last = analysis.terms.at(-1);
  if (
    !last ||
    last.known ||
    last.kind !== "hangul" ||
    !KOREAN_TOPIC.test(last.text) ||
    VERB_ATTRIBUTIVE.test(last.text)
  )
    return undefined;
  const end = analysis.normalized.replace(/[\s?？.!]+$/u, "");
  if (!end.endsWith(last.text) || standsBeforeBoundNoun(analysis.asWritten, last.text))
    return undefined;
  return last.text;
}

const KOREAN_TOPIC = /^\p{Script=Hangul}{2,}(?:은|는)$/u;
/** "줄이려는", "하는", "있는": a verb's attributive form, not a noun's topic particle. */
const VERB_ATTRIBUTIVE = /(?:려|하|되|있|없|겠|았|었|였|시)는$/u;

/** Whether one of the words is a question term the knowledge does not know. */
function unknownWordIn(analysis: Analysis, words: string): boolean {
  const asked = new Set(words.split(" "));
  return analysis.terms.some((term) => !term.known && asked.has(term.text));
}
