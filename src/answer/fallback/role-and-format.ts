/**
 * A question wrapped the way one prompts a chatbot: a role given to the bot ("너는 이제부터 AI
 * 애널리스트야.", "Act as a financial analyst.", "You are a fact-checker.") and instructions on
 * the answer's form ("표로 정리해줘", "세 줄로 설명 좀", "번호 붙여서 답해", "근거 문장도 같이
 * 인용해줘", "화살표(→)로", "in a table", "as bullet points", "cite the source sentence"). The
 * role and the form are not the subject: they are dropped before the question is read, so their
 * words (an analyst, a table, a column) neither make it off topic nor split it into parts.
 * Instructions on the unit ("억 달러 단위로", "in billions") are left to asked-unit.ts; the
 * answer's use and audience ("발표용", "for 9th graders") to purpose-and-audience.ts.
 */

import { holdsMarkWord } from "./mark-words.ts";
import { mayHoldPurpose, withoutPurposeAndAudience } from "./purpose-and-audience.ts";

/**
 * A cheap first test, plain substring lookups (a regex of these alternatives cost more than all
 * the rest): every role sentence and form instruction holds one of these words, Korean as
 * written, English in lower case.
 */
const KOREAN_MARKS = [
  "너는",
  "넌",
  "니는",
  "당신",
  "너 ",
  "입장에서",
  "처럼",
  "로서",
  "역할",
  "모드로",
  "표로",
  "표를",
  "표 만",
  "표 정",
  "표 작",
  "표 그",
  "표 짜",
  "표 보",
  "표만",
  "테이블",
  "줄",
  "번호",
  "단위",
  "인용",
  "출처",
  "근거",
  "원문",
  "열은",
  "열도",
  "열을",
  "칼럼",
  "컬럼",
  "알게",
  "알아듣게",
  "알아먹게",
  "이해하게",
  "이해되게",
  "이해할 수",
  "화살표",
];
const ENGLISH_MARKS = [
  "act as",
  "acting as",
  "you are",
  "you're",
  "pretend",
  "imagine",
  "role",
  "table",
  "bullet",
  "numbered list",
  "cite",
  "citation",
  "source",
];

function mayHold(text: string): boolean {
  return holdsMarkWord(text, KOREAN_MARKS, ENGLISH_MARKS);
}

/** Where a sentence starts: the message's start, or after a sentence mark or a line break. */
const STARTS = String.raw`(?:^|(?<=[.!?。？！\n])[ \t]*)`;
/** Where a dropped phrase may end: a sentence mark, a line break, a space or the end. */
const ENDS = String.raw`[.!~。！]*(?=\s|$)`;

/**
 * "너는 이제부터 AI 산업 전문 애널리스트야.", "넌 지금부터 요약봇이야", "너는이제부터요약봇이야",
 * "당신은 앞으로 깐깐한 팩트체커입니다.": the bot given a role, from now on. The time word is
 * required: "너는 누구야?" asks about the bot.
 */
const KOREAN_ROLE = new RegExp(
  String.raw`${STARTS}(?:너는|넌|니는|당신은|너)\s*(?:이제부터|지금부터|오늘부터|앞으로|이번엔|지금은)\s*[^.!?？\n]{1,40}?(?:이야|야|이다|입니다|이에요|예요|이고|이니까|임|인 ?거야|역할을 (?:해|맡아)(?:줘|주세요)?)${ENDS}`,
  "gu",
);

/**
 * "IB 애널리스트 입장에서 답해줘.", "팩트체커처럼 대답해.", "금융 강사로서 설명해줘.": a role to
 * answer as, when the sentence says nothing else.
 */
const KOREAN_ANSWER_AS = new RegExp(
  String.raw`${STARTS}[^.!?？\n]{1,30}?(?:입장에서|처럼|로서|역할로|모드로)\s*(?:답해|대답해|답변해|말해)(?:줘|주세요|봐|줄래)?${ENDS}`,
  "gu",
);

/**
 * "Act as a financial analyst.", "You are a fact-checker.", "From now on you're my research
 * assistant.", "Pretend you are a teacher.": a role given in a sentence of its own, closed by a
 * full stop, "!" or a line (not "?": "you are a bot, right?" asks).
 */
const ENGLISH_ROLE = new RegExp(
  String.raw`${STARTS}(?:(?:from now on|for this (?:chat|conversation|question)|ok|okay|please)[,\s]+)?(?:act as|acting as|you are now|you're now|you are|you're|pretend (?:that )?(?:you(?:'re| are)|to be)|imagine (?:that )?you(?:'re| are)|play the role of|take the role of|role-?play as)\s+(?:a|an|my|our|the)\s+[^.!?\n]{1,50}?(?:[.!]+(?=\s|$)|(?=\n))`,
  "giu",
);

/**
 * Instructions on the answer's form, anywhere in a sentence: what is asked stays, the form goes.
 * Each is generic wording of layout, never a word of the story.
 */
/**
 * "금액을 표로 정리해줘", "표 만들어줘", "테이블로 작성해": the verb stays, as "정리해". Only after
 * a word of what is asked: a sentence that is only "표로 정리해줘" asks the answer before again.
 */
const KOREAN_TABLE =
  /(?<=[^\s.!?？][ \t]+)(?:표|테이블|도표)(?:로|으로|를)?\s*(?:만들어|정리해|작성해|그려|짜|보여)/gu;

/** "화살표(→)로": the arrow drawn beside its name (the word stays: arrows ask for a flow). */
const DRAWN_ARROW = /(?<=화살표)\s?\([^)]{0,6}\)/gu;

const KOREAN_FORM = [
  // "억 달러 단위로", "영어 단위(billion)로", "한국어 억 단위 말고", "한국식 억 단위로 바꿔서":
  // billions are how figures are written already (asked-unit.ts converts 조, 만, millions).
  /(?:(?:한국어|한국식|영어식|영어|영문식|영문|미국식)\s?(?:(?:억|billion|빌리언)\s?(?:달러|불)?\s?)?|(?<![가-힣\d])(?:억|billion|빌리언)\s?(?:달러|불)?\s?)단위(?:\s?\([^)]{0,12}\))?(?:로|으로)?\s?(?:바꿔서|바꿔|환산해서|변환해서|말고|써서|표기해서)?[.]?/gu,
  // "열은 '투자자 | 금액(달러)' 두 개만.", "출처 열도 추가해.": the table's columns.
  /(?:^|(?<=[.!?\n])|\s)(?:[^\s.!?]+\s)?(?:열|칼럼|컬럼)(?:은|는|도|을|를)\s[^.!?\n]{0,40}?(?:개만|추가해\S*|넣어\S*|붙여\S*|만들어\S*)[.!]?(?=\s|$)/gu,
  /(?:^|\s)[^\s.!?]+\s(?:열|칼럼|컬럼)(?:도|을|를)\s*(?:추가|넣어|붙여|달아)\S*[.!]?(?=\s|$)/gu,
  // "세 줄로 설명", "3줄 요약", "5줄 이내로 써", "마지막 줄에 써줘": how many lines; the verb
  // stays (alone, "한 줄로" may be all that asks for a summary).
  /(?<![가-힣\d])(?:(?:한|두|세|네|다섯|\d{1,2})\s?줄|마지막\s?줄)(?:로만|로|으로|안에|이내로|이내|에|짜리)?\s?(?=설명|요약|정리|답|대답|말해|써|알려|적어)/gu,
  // "번호 붙여서", "번호 매겨서": numbered answers.
  /번호(?:를)?\s?(?:붙여|매겨|달아)(?:서)?\s*/gu,
  // "근거 문장도 같이 인용해줘", "출처도 달아줘", "원문 인용도 해줘".
  /(?:^|\s)(?:근거|출처|원문|인용)(?:\s?(?:문장|구절|문단|부분))?(?:도|을|를)?\s(?:(?:같이|함께|꼭)\s)?(?:인용|달아|붙여|첨부|표시)\S*(?:\s(?:주세요|줘|줄래|봐))?[.!]?(?=\s|$)/gu,
  // "헬린이도 알게 ㄱㄱ", "초딩도 알아듣게", "문과생도 이해하게": explain it plainly.
  /(?:^|\s)[^\s.!?]{1,8}도\s?(?:알게|알아듣게|알아먹게|이해하게|이해되게|이해할 수 있게)(?:\s?(?:ㄱㄱ|설명\S*|좀|plz|부탁\S*))?(?=\s|$|[.!?])/gu,
];

const ENGLISH_FORM = [
  // "in a table", "as a table", "as bullet points", "in bullet form", "in a numbered list".
  /,?\s(?:in|as|into)\s(?:a\s|the\s)?(?:table|bullet(?:ed)?(?:\spoints?|\slist|\sform)?|numbered list)\b/giu,
  // "cite the source sentence", "and quote the supporting line", "with sources".
  /,?\s(?:and\s)?(?:please\s)?(?:cite|quote)\s(?:the\s|a\s|your\s)?(?:source|supporting|relevant)(?:\s(?:sentences?|lines?|passages?|text|quotes?))?\b|,?\s(?:with|and add)\s(?:a\s|the\s)?(?:sources?|citations?|source column)\b/giu,
];

/** The message without the role it gives the bot and its instructions on form. */
export function withoutRoleAndFormat(written: string): string {
  const purpose = mayHoldPurpose(written);
  if (!purpose && !mayHold(written)) return written;
  // "팀 슬랙 공유용", "for 9th graders", "step by step": what the answer is for and who reads it.
  let bare = (purpose ? withoutPurposeAndAudience(written) : written)
    .replace(KOREAN_TABLE, "정리해")
    .replace(DRAWN_ARROW, "")
    .replace(KOREAN_ROLE, " ")
    .replace(KOREAN_ANSWER_AS, " ")
    .replace(ENGLISH_ROLE, " ");
  for (const form of KOREAN_FORM) bare = bare.replace(form, " ");
  for (const form of ENGLISH_FORM) bare = bare.replace(form, "");
  bare = bare
    .replace(/[ \t]{2,}/gu, " ")
    .replace(/[ \t]+([.,!?])/gu, "$1")
    .replace(/^[ \t]+|[ \t]+$/gmu, "")
    .trim();
  // Nothing left of a question: the message was its form only ("표로 정리해줘").
  return /[\p{L}\p{N}]/u.test(bare) ? bare : written;
}
