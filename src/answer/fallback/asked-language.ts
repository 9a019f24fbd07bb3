/**
 * A story's term asked for in the other language ("'순환 투자'는 영어로 뭐라고 해?", "'최대 50억
 * 달러'를 영어로 옮기면?", "그 말 영어 원문 표현으로 알려줘", "how do you say 'up to' in Korean?",
 * "what's the Korean word for the loop?"): a question about the story, not a request for another
 * task. The words naming the language are no thing asked about: they are dropped, and the answer is
 * written in the language asked for. An answer in English names the article's terms in both
 * languages and quotes the translation beside the Korean; one in Korean quotes the Korean.
 */
import type { Language } from "../../knowledge/schema.ts";
import { languageOf } from "../../search/analyze.ts";

export interface AskedLanguage {
  /** The question without the words that ask for the language. */
  readonly text: string;
  readonly language: Language;
}

// "영어로", "영문으로는", "영어 원문 표현으로", "영어 단어로": the language as the way to say it,
// with "if put into it" ("옮기면", "번역하면", "바꾸면", "표현하면") when that follows. A request to
// translate ("번역해 줘") is not dropped: a text of the asker's own is another task.
const KOREAN_ASKS_ENGLISH =
  /(?:영어|영문|잉글리시)(?:\s?(?:원문|원어|표현|단어|용어|명칭|이름|버전|식))*\s?(?:으로는|으로|로는|로|론)(?:\s?(?:옮기|옮겨|번역하|번역|바꾸|바꿔|표현하|쓰|적으)(?:면|자면)(?=[\s?!.,~]|$))?/gu;

// "… in Korean?", "… into Korean", "the Korean word for", "Korean term": "in Korean" closing a
// clause only ("I read it once in Korean with my wife's help" asks nothing of the language).
const ENGLISH_ASKS_KOREAN =
  /\b(?:in|into) korean(?=\s*(?:[?!.,;]|$))|\bkorean(?= (?:word|term|name|translation|version|equivalent|wording|phrase|expression)s?\b)/giu;

/** The language a question asks its answer in, when that is not the language it is written in. */
export function askedLanguage(written: string): AskedLanguage | undefined {
  const lower = written.toLowerCase();
  if (lower.includes("영어") || lower.includes("영문") || lower.includes("잉글리시")) {
    return otherLanguage(written, KOREAN_ASKS_ENGLISH, "ko", "en");
  }
  if (lower.includes("korean")) return otherLanguage(written, ENGLISH_ASKS_KOREAN, "en", "ko");
  return undefined;
}

function otherLanguage(
  written: string,
  frame: RegExp,
  from: Language,
  to: Language,
): AskedLanguage | undefined {
  const text = written
    .replace(frame, " ")
    .replace(/\s{2,}/gu, " ")
    .trim();
  if (text === written.trim() || text === "") return undefined;
  // Asked in the language it names ("explain in plain English", "한국어로 설명해"): nothing to change.
  if (languageOf(text) !== from) return undefined;
  return { text, language: to };
}
