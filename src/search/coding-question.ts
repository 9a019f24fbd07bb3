/**
 * A programming language named ("파이썬 리스트 중복제거 어케함?", "how do I do this in
 * TypeScript"): a question about code, which no news article answers. Its other words may be
 * the story's ("과제" is a challenge as well as homework, "정렬" an alignment), so the language
 * decides. Only names that are no English word: "react" is a verb, "excel" a product a story may
 * name. Added to the other-task patterns of stopwords.ts.
 */
export const CODING_QUESTION_PATTERNS: readonly RegExp[] = [
  /(?<![a-z])(?:python|javascript|typescript|kotlin|golang)(?![a-z])|(?<!\p{Script=Hangul})(?:파이썬|자바스크립트|타입스크립트|코틀린)/u,
];
