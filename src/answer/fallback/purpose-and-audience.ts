/**
 * What the answer is for, who it is for and how it is to be laid out, said beside the request:
 * "팀 슬랙 공유용", "발표용으로", "for my 10th grade economics class", "for 9th graders", "step by
 * step", "a two-sentence summary", "간단하게", "누가 얼마 넣었는지 위주로", "Just listing them on the
 * board.", "I want to draw arrows on the whiteboard." These are instructions on the answer's
 * form, not its topic: dropped (with role-and-format.ts's roles and layouts) before the question
 * is read, so that their words (a class, a whiteboard, Slack) never make the request off topic.
 * The request itself stays: the summary, the parties, the money flow.
 */

import { holdsMarkWord } from "./mark-words.ts";

/**
 * A cheap first test, plain substring lookups: every phrase dropped below holds one of these
 * (Korean as written, English in lower case).
 */
const KOREAN_MARKS = [
  "용이",
  "용으로",
  "용.",
  "용임",
  "용입니",
  "위주",
  "간단하게",
  "간략하게",
  "간략히",
  "쉽게",
  "눈높이",
  "설명하듯",
  "단계별",
  "차근차근",
];
const KOREAN_TAIL = /용[\s.!~]*$/u;
const ENGLISH_MARKS = [
  "grader",
  "grade ",
  "for my ",
  "for our ",
  "for a class",
  "for the class",
  "for kids",
  "for children",
  "for beginners",
  "for dummies",
  "for students",
  "year old",
  "year-old",
  "schooler",
  "step by step",
  "step-by-step",
  "sentence ",
  "-sentence",
  "board",
  "slide",
];

export function mayHoldPurpose(text: string): boolean {
  return holdsMarkWord(text, KOREAN_MARKS, ENGLISH_MARKS) || KOREAN_TAIL.test(text);
}

/** Uses an answer is put to, in Korean: the noun before "용" ("공유용", "발표용으로"). */
const KOREAN_USE = `(?:공유|발표|보고|보고서|회의|수업|강의|과제|숙제|설명|교육|정리|업무|참고|스터디|브리핑|포스팅|게시|방송|카톡|단톡방?|슬랙|노션|블로그|유튜브|ppt|PPT|자료|메모|뉴스레터)용`;

/** The asker's own setting, before the use: "팀 슬랙", "회의 자료", "수업 발표". */
const KOREAN_SETTING = `(?:팀|회의|수업|사내|내부|회사|단톡방?|스터디|동아리|학교|우리 ?반|동료|부서)`;

const KOREAN_DROPS = [
  // "팀 슬랙 공유용", "회의 자료용입니다.": a sentence of its own that names only the use.
  new RegExp(
    String.raw`(?:^|(?<=[.!?\n]))\s*(?:[^\s.!?]+\s){0,3}[^\s.!?]*${KOREAN_USE}(?:이에요|입니다|임|이요|으로요|이니까요?)?[.!~]*\s*$`,
    "gu",
  ),
  // "발표용으로 요약해줘", "회의 자료용으로 정리 좀": the use inside the sentence, with the
  // asker's own setting before it (a team, a meeting, a class).
  new RegExp(
    String.raw`(?<![가-힣])(?:${KOREAN_SETTING}\s)?[^\s.!?]*${KOREAN_USE}(?:으로|이라|이니까|이라서)\s?`,
    "gu",
  ),
  // "누가 얼마 넣었는지 위주로", "금액 위주로 정리": what to focus on stays, the word goes.
  /\s?위주로(?:요)?(?=[\s.!?~]|$)/gu,
  // "간단하게", "쉽게", "알기 쉽게", "한눈에 보기 쉽게": how plainly to say it.
  /(?<![가-힣])(?:(?:알기|보기|이해하기)\s?)?(?:간단하게|간략하게|간략히|쉽게)(?=\s)\s?/gu,
  // "중학생 눈높이로", "초등학생 눈높이에 맞춰서", "애한테 설명하듯": who it is pitched at.
  /(?:^|\s)[^\s.!?]{1,8}\s?눈높이(?:로|에서|에 맞춰서?|에 맞게)?(?=[\s.!?]|$)/gu,
  /(?:^|\s)[^\s.!?]{1,8}(?:한테|에게|께)\s?(?:설명하듯이?|말하듯이?|얘기하듯이?)(?=[\s.!?]|$)/gu,
  // "단계별로", "차근차근": step by step.
  /(?<![가-힣])(?:단계별로|차근차근)(?=[\s.!?]|$)\s?/gu,
];

/** Who an answer is pitched at: a school year, kids, beginners, an age. */
const AUDIENCE = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]?(?:graders?|grade(?:\s(?:students|kids|class))?)|(?:little\s)?kids|children|beginners|dummies|(?:high|middle|grade)[- ]?school(?:ers|\sstudents|\skids)?|(?:(?:\d{1,2}|five|ten|twelve)[- ]year[- ]olds?))`;

/** What an answer is used for: a class, a slide, a whiteboard, a team's chat. */
const USE = String.raw`(?:class|classroom|lesson|lecture|seminar|presentation|slides?|slide deck|deck|newsletter|homework|assignment|essay|study group|team(?:\s(?:chat|channel|meeting|standup))?|meeting|standup|stand-up|whiteboard|blackboard|chalkboard|notes|students|kids)`;

const ENGLISH_DROPS = [
  // "for my 10th grade economics class", "for our team meeting", "for a class".
  new RegExp(
    String.raw`,?\s(?:for|in)\s(?:my|our)\s(?:[\w-]+\s){0,3}?${USE}\b|,?\sfor\s(?:a|the)\s(?:${USE})\b`,
    "giu",
  ),
  // "for 9th graders", "for kids", "to a 12 year old", "for my 10th grade economics class".
  new RegExp(
    String.raw`,?\s(?:for|to)\s(?:a\s|an\s|my\s|our\s|the\s)?${AUDIENCE}(?:\s(?:${USE}))?\b`,
    "giu",
  ),
  // "step by step", "step-by-step": how the answer goes, not what it says.
  /,?\s?\bstep[- ]by[- ]step\b,?/giu,
  // "a two-sentence summary", "a 3 line recap": the summary's length.
  /\b(?:one|two|three|four|five|\d)[- ](?:sentence|line|paragraph|bullet|minute)\s(?=(?:summary|recap|overview|explanation|answer|version|rundown|breakdown)\b)/giu,
  // "Just listing them on the board.", "I want to draw arrows on the whiteboard.": a sentence
  // after the question that says where the answer will go.
  /(?<=[.!?])\s+(?:(?:i|we)(?:'m|'re|\sam|\sare)?\s(?:[\w']+\s){0,2}?)?(?:just\s)?(?:list|listing|draw|drawing|put|putting|write|writing|sketch|sketching|post|posting|share|sharing|present|presenting|show|showing)\b[^.?!\n]{0,60}?\b(?:board|whiteboard|blackboard|chalkboard|slides?|deck|poster|flowchart|handout|class|newsletter)\b[^.?!\n]{0,30}[.!]*\s*$/giu,
];

/** The message without its purpose, audience and length instructions. */
export function withoutPurposeAndAudience(written: string): string {
  let bare = written;
  for (const drop of KOREAN_DROPS) bare = bare.replace(drop, " ");
  for (const drop of ENGLISH_DROPS) bare = bare.replace(drop, "");
  return bare === written ? written : bare.replace(/[ \t]{2,}/gu, " ");
}
