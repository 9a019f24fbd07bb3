/**
 * A half of a question that adds no ask of its own beside the half turned away: it asks the same
 * kind of thing again with nothing else ("투자 돈 언제 들어와요? 날짜 알려 주세요", "when is it
 * paid, what date?"), or it only reports what the article said as the asker's premise ("오픈AI에
 * 얼마 투자했어요? 기사에 최대 투자자라고 했어요"). Such a half's answer is only a nearby fact: the
 * question stays not covered.
 */

import { escapeRegExp } from "../../util/escape-regexp.ts";

/** The parts of a question as the answerer read them: as asked, and as written. */
type PartsRead = readonly { readonly text: string; readonly bare?: string }[];
/** Each part's answer, in the same order. */
type AnswersRead = readonly { readonly abstained: boolean; readonly text: string }[];

/** The kinds of thing a question asks for, by the words that ask for them. */
const ASK_KINDS: readonly RegExp[] = [
  /언제(?:까지|쯤)?|날짜|며칠|몇\s?일|일정|시기|\b(?:when|date|dates|day|days|timing|schedule)\b/iu,
  // "What % stake…? pls share exact number": a share or a count is an amount asked again.
  // "how many GPUs? approx number also fine": a count asked again is an amount asked again.
  /얼마|금액|액수|수치|숫자|퍼센트|몇|개수|\b(?:how much|how many|amount|sum|number|figure|percent|percentage|count)\b|%/iu,
  /누구|누가|이름|\b(?:who|whom|name|names)\b/iu,
  // "What did X say? Please provide the quotation.": a speaker's words asked again.
  /발언|인용|코멘트|\b(?:say|said|says|quote|quotes|quotation|quotations|statement|statements|comment|comments|remarks?|words)\b/iu,
];

/** Words that only make a request ("알려 주세요", "please tell me", "exact"). */
const REQUEST_WORDS =
  /어떻게\s?(?:돼요|되나요|되죠|돼|됨|되는지|되는데요?)|알려\s?주세요|알려\s?줘요?|알려\s?주실래요|주세요|좀|정확한|정확히|궁금해요|대략|대충|대강|어림|(?:이)?라도|괜찮(?:아요|아|음|습니다)?|\b(?:please|pls|plz|tell|me|give|provide|share|the|exact|exactly|what|which|is|it|a|specific|did|does|do|he|she|they|then|approx\w*|rough|roughly|ballpark|estimate|also|fine|ok|okay|too|even|just)\b/giu;

/** "다", "전부": the whole of what the half before asked, no ask of its own. */
const ALL_WORDS = /(?<![\p{Script=Hangul}])(?:다|전부|모두)(?![\p{Script=Hangul}])/gu;

/** A Korean word: its first two syllables stand for its stem ("주는지도" -> "주는"). */
const HANGUL_WORD = /\p{Script=Hangul}{2,}/gu;

/**
 * The words of a half without those whose stem the half turned away already has ("마소 50억 나눠서
 * 주는 거예요? 언제까지 다 주는지도 궁금해요": "주는지도" repeats "주는").
 */
function withoutWordsOf(rest: string, turnedAwayHalf: string): string {
  if (!/\p{Script=Hangul}/u.test(rest)) return rest;
  return rest.replace(HANGUL_WORD, (word) =>
    turnedAwayHalf.includes(word.slice(0, 2)) ? " " : word,
  );
}

/** What the article said, reported: "기사에 …라고 했어요", "the article said…", "it says…". */
const REPORTS_ARTICLE =
  /기사\s?에\s?[^?？]*?(?:라고|이라고|다고)\s?(?:했|하던|하더|나와|써|적)|\b(?:the )?(?:article|piece|story|it)\s+(?:said|says|mentioned|mentions|called|calls)\b/iu;

/** A question by its marks or words: a half that asks something is never a bare premise. */
const ASKS =
  /[?？]|뭐|무엇|어떻|어떤|어디|왜|나요|까요|\b(?:what|why|how|which|where|who)\b|^(?:is|are|does|did|can|was|were)\s/iu;

export function addsNoAskOfItsOwn(
  half: string,
  turnedAwayHalf: string,
  /** What the half turned away was said not to cover ("지급 일정", "Jensen Huang's statement"). */
  lacked = "",
): boolean {
  const text = half.trim();
  if (text.length === 0) return false;
  // The premise: what the article said, with no question of its own.
  if (REPORTS_ARTICLE.test(text) && !ASKS.test(text)) return true;
  // The same kind asked again, with nothing but request words beside it.
  const kind = ASK_KINDS.find((words) => words.test(text));
  if (!kind || !(kind.test(turnedAwayHalf) || kind.test(lacked))) return false;
  const rest = withoutWordsOf(
    text
      .replace(kind, " ")
      .replace(new RegExp(kind.source, "giu"), " ")
      .replace(REQUEST_WORDS, " ")
      .replace(ALL_WORDS, " "),
    turnedAwayHalf,
  )
    .replace(/(?<![\p{Script=Hangul}])(?:을|를|이|가|은|는|도|요)(?![\p{Script=Hangul}])/gu, " ")
    .replace(/[\s?？.!,~]+/gu, "");
  return rest.length === 0;
}

/** The parts (by position) that only restate or set the premise of a part before not covered. */
export function restatingParts(
  parts: PartsRead,
  answers: readonly { readonly abstained: boolean; readonly text?: string }[],
): number[] {
  const found: number[] = [];
  for (let at = 1; at < parts.length; at++) {
    const part = parts[at];
    const before = parts[at - 1];
    if (!part || !before || answers[at]?.abstained !== false || !answers[at - 1]?.abstained) {
      continue;
    }
    // The part as written ("Please provide the quotation."), without the words carried over
    // from the part before; what that part's answer said is not covered names its kind too.
    // Of the run of parts turned away before it, the nearest that names what it lacks.
    let lacked = "";
    for (let back = at - 1; back >= 0 && answers[back]?.abstained && lacked === ""; back--) {
      lacked = notCoveredThing(answers[back]?.text ?? "");
    }
    if (
      addsNoAskOfItsOwn(part.text, before.text) ||
      (lacked !== "" && addsNoAskOfItsOwn(part.bare ?? part.text, before.text, lacked))
    ) {
      found.push(at);
    }
  }
  return found;
}

/** The thing a "not covered" answer names: "The article doesn't cover X." / "기사는 X에 대해서는…". */
const NOT_COVERED_THING =
  /^The article doesn't cover ([^.\n]+)\.|^기사는 ([^\n]+?)에 대해서는 다루지 않아요/u;

function notCoveredThing(answer: string): string {
  const match = NOT_COVERED_THING.exec(answer);
  return match ? (match[1] ?? match[2] ?? "") : "";
}

/** A question word that asks for a thing, a place or a count ("어디에 쓴대요?", "GPU 몇 장?"). */
const ASKS_FOR_A_THING = /어디|뭐|무엇|무슨|어떤|몇|\b(?:what|where|which|how many)\b/iu;
/** A figure guessed: a numeral or a word of magnitude ("수십만 장", "hundreds of thousands"). */
const GUESSED_FIGURE = /\d|[십백천만억]|\b(?:dozens?|hundreds?|thousands?|millions?|billions?)\b/u;
/** Words that ask or state: a guess at an answer has none ("인력 채용?", "hiring? research?"). */
const ASKS_OR_STATES =
  /뭐|무엇|어떻|어떤|어디|언제|얼마|누구|누가|왜|몇|[요다까냐니죠나지음임](?=[\s?？.!~]*$)|\b(?:what|why|how|which|where|who|when|is|are|was|were|does|did|do|can|will|would|has|have)\b/iu;

/**
 * The parts (by position) that only guess at what a part before, not covered, asks for:
 * "앤트로픽이 투자금 어디에 쓴대요? 인력 채용? 연구?", "what will they spend it on? hiring?
 * chips?". A guess is a word or two with a question mark, naming no party (`namesParty`): "What
 * is OpenAI worth? Anthropic?" asks the same of another. A guess whose answer names it is kept.
 */
export function guessingParts(
  parts: PartsRead,
  answers: AnswersRead,
  asked: string,
  namesParty: (text: string) => boolean,
): number[] {
  const found: number[] = [];
  let askedThing = false;
  for (let at = 0; at < parts.length; at++) {
    const part = parts[at];
    if (!part) continue;
    const bare = (part.bare ?? part.text).trim().replace(/[?？]+$/u, "");
    const isGuess =
      askedThing &&
      bare.split(/\s+/u).length <= 2 &&
      !ASKS_OR_STATES.test(bare) &&
      // "GPU 몇 장 들어가는 기고? 수십만 장이가": a guessed figure may end the text without its
      // mark ("풀네임 ㄱㄱ" there is a request, not a guess).
      writtenWithMark(asked, bare, GUESSED_FIGURE.test(bare)) &&
      !namesParty(bare) &&
      // "which event was it, ignite?": a guess the knowledge confirms is named in its answer.
      !(
        answers[at]?.abstained === false &&
        answers[at]?.text.toLowerCase().includes(bare.toLowerCase())
      );
    if (isGuess) {
      found.push(at);
      continue;
    }
    // "Payment schedule on the equity — tranches? milestones? timeline?": a thing named with a
    // mark and turned away opens guesses as a question word does.
    const own = part.bare ?? part.text;
    askedThing =
      answers[at]?.abstained === true &&
      (ASKS_FOR_A_THING.test(own) || writtenWithMark(asked, own.trim()));
  }
  return found;
}

/** Whether a piece stands in the question with a question mark after it (or last, if allowed). */
function writtenWithMark(asked: string, piece: string, orLast = false): boolean {
  return new RegExp(`${escapeRegExp(piece)}\\s*(?:[?？]${orLast ? "|$" : ""})`, "u").test(asked);
}

/**
 * The asker's own note after a part turned away, not always right before it ("…timeline? need to
 * model it.", "…? for my report", "…? 보고서 써야 돼서"): what they will do with the answer, no
 * question of its own.
 */
const ASKERS_NOTE =
  /^(?:(?:i|we) )?(?:need|have|want|got|gotta|trying|going) to \S+(?: (?:it|this|that|them|things|out))?[\s.!~…]*$|^for (?:my|our|a) [\w ]{1,30}[\s.!~…]*$|(?:해야|써야|만들어야|정리해야) ?(?:돼서|되서|해서|하거든)(?:요)?[\s.!~…]*$/iu;

export function askersNoteParts(
  parts: PartsRead,
  answers: readonly { readonly abstained: boolean }[],
): number[] {
  const found: number[] = [];
  for (let at = 1; at < parts.length; at++) {
    const bare = (parts[at]?.bare ?? parts[at]?.text ?? "").trim();
    const afterTurnedAway = answers.slice(0, at).some((answer) => answer.abstained);
    if (afterTurnedAway && !/[?？]/u.test(bare) && ASKERS_NOTE.test(bare)) {
      found.push(at);
    }
  }
  return found;
}

/** "Big firm or a little 'un", "up or down": two short choices, a word or three each. */
const ENGLISH_CHOICES =
  /^(?:(?:is it|was it|are they|were they|did it|did they)\s+)?(?:an?\s+|the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+or\s+(?:an?\s+|the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}$/iu;
/** "큰 회사야 작은 회사야", "올랐냐 떨어졌냐", "크게 아니면 작게": two short choices in Korean. */
const KOREAN_CHOICES =
  /^(?:\S+\s)?\S+(?:야|냐|니|나|임|여)\s(?:\S+\s)?\S+(?:야|냐|니|나|임|여)$|^(?:\S+\s)?\S+\s아니면\s(?:\S+\s)?\S+$/u;
/** "same size", "same structure", "비슷한 규모": a likeness guessed at the answer of a comparison. */
const LIKENESS_GUESS =
  /^(?:(?:is it|was it|about|roughly) )?(?:the )?(?:same|similar) (?:size|structure|scale|terms|amount|shape|kind|deal|setup|set-up|thing)$|^(?:같은|비슷한) ?(?:규모|구조|조건|금액|방식)(?:야|이야|임|인가|이냐)?$/iu;
/** "how many %", "how much", "몇 %", "얼마나": the amount of the part before asked again. */
const AMOUNT_AGAIN =
  /^(?:how (?:many|much)(?: %| percent| pct)?|by how much|몇 ?(?:%|퍼센트|프로)|얼마나?)$/iu;

/**
 * The parts (by position) that only offer choices for the answer of a part before turned away:
 * "How many folk work at Anthropic? Big firm or a little 'un?", "… react how on the day? up or
 * down, how many %?", "직원 몇 명이야? 큰 회사야 작은 회사야?". Choices naming a party ask of
 * that party ("…? Microsoft or NVIDIA?") and are kept, as are choices with a figure of their own.
 */
export function choiceGuessParts(
  parts: PartsRead,
  answers: AnswersRead,
  asked: string,
  namesParty: (text: string) => boolean,
): number[] {
  const found: number[] = [];
  for (let at = 1; at < parts.length; at++) {
    if (!answers[at - 1]?.abstained && !found.includes(at - 1)) continue;
    const bare = (parts[at]?.bare ?? parts[at]?.text ?? "").trim().replace(/[?？.!~]+$/u, "");
    const pieces = bare.split(/\s*,\s*/u).filter((piece) => piece !== "");
    const [first, ...rest] = pieces;
    // "…compare to this one? same size, same structure?": likenesses guessed, each a choice.
    const likenesses = pieces.length > 0 && pieces.every((piece) => LIKENESS_GUESS.test(piece));
    // A choice read down to its last option ("higher or lower" as "lower") is read whole again.
    const choice = first && widenedChoice(asked, first);
    const offersChoice =
      choice !== undefined &&
      choice !== "" &&
      (ENGLISH_CHOICES.test(choice) || KOREAN_CHOICES.test(choice)) &&
      rest.every((piece) => AMOUNT_AGAIN.test(piece));
    if (!likenesses && !offersChoice) continue;
    if (namesParty(bare) || /\d/u.test(bare)) continue;
    found.push(at);
  }
  return found;
}

/** The choice as the question wrote it: "lower" is "higher or lower" when it says so. */
function widenedChoice(asked: string, piece: string): string {
  if (/\sor\s/iu.test(piece)) return piece;
  const found = new RegExp(
    `(?:^|[?？.!,]\\s*)((?:[\\p{L}'’-]+\\s+){0,3}or\\s+${escapeRegExp(piece)})\\s*(?:[,?？.!]|$)`,
    "iu",
  ).exec(asked);
  return found?.[1] ?? piece;
}
