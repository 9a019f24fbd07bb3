/**
 * A question that says up front it is another task ("English grammar question: 'I am interesting
 * in AI' is correct sentence?", "문법 질문인데 이 문장 맞아?", "quick coding q: …", "수학 숙제 좀"):
 * no news article answers it, whatever words of the story its example holds. Only school subjects
 * and tasks that are no part of a news story; a bare "math question" may be the story's own sums,
 * so arithmetic counts only as homework. A task named as what something is used for ("아이가 코딩
 * 숙제에 쓰거든요", "my son uses it for coding homework") is the asker's reason, not a task asked.
 * Added to the other-task patterns of stopwords.ts.
 */
export const DECLARED_TASK_PATTERNS: readonly RegExp[] = [
  // The asker's own papers to write or polish ("자기소개서 첫 문장 좀 써줘", "이력서 다듬어 줘",
  // "draft my cover letter"): no news story writes them.
  /(?:자기소개서|자소서|이력서|커버 ?레터|사직서|경위서)(?:를|을|의|에|도)?\s?(?:\S+\s){0,3}?(?:좀\s)?(?:써|작성|첨삭|고쳐|다듬|만들어)|\b(?:write|draft|polish|proofread|improve|fix|edit)\s(?:me\s|up\s)?(?:my\s|a\s|an\s|the\s)?(?:(?:first|opening)\s(?:line|sentence|paragraph)\sof\s(?:my\s|a\s)?)?(?:cover letter|resume|résumé|cv|personal statement|resignation letter)s?\b/u,
  /(?<!\b(?:uses?|using|used) (?:it|claude|them) for (?:my |his |her |their |the )?)\b(?:grammar|spelling|punctuation|coding|programming|physics|chemistry|calculus|algebra)\s+(?:question|q|problem|help|check|homework|assignment)s?\b|\b(?:math|maths|english|homework)\s+(?:homework|assignment|worksheet)\b|\bgrammatical(?:ly)?\s+(?:correct|right|wrong|ok|okay)\b|(?:문법|맞춤법|띄어쓰기|코딩|프로그래밍|물리|화학|미적분)\s?(?:질문|문제|숙제|과제|검사)(?!에\s?(?:쓰|써|썼|사용|활용|필요|도움))|(?:수학|영어|국어)\s?(?:숙제|과제|문법)|문법(?:적으로|상)\s?(?:맞|틀|옳|괜찮)/u,
];
