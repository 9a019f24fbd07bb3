/**
 * A task asked with the form words of a class or a team ("make me a 10-question quiz on the water
 * cycle for 6th graders", "광합성 퀴즈 5문제 만들어줘", "a worksheet about fractions"): what it is
 * ON is its topic. When that topic holds a word the knowledge lacks (the water cycle, fractions),
 * it is another subject, turned away whatever story word it happens to hold ("cycle" reads as the
 * money loop). A task on the story ("a quiz on this article", "a worksheet about the money loop")
 * is left to the rest: its topic holds only the knowledge's words.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";

/** A cheap first test: every such task names one of these. */
const MARKS = [
  "quiz",
  "worksheet",
  "lesson plan",
  "flashcard",
  "crossword",
  "word search",
  "퀴즈",
  "학습지",
  "문제지",
  "문제 만들",
  "문제를 만들",
  "문제 내",
  "문제 출제",
];

/** "make me a 10-question quiz on X", "create a worksheet about X": X is the topic. */
const TASK_EN =
  /\b(?:make|create|write|design|generate|prepare|build|draft|give|put together|come up with|do)\s(?:me\s|us\s)?(?:a\s|an\s|some\s)?(?:[\w-]+\s){0,2}?(?:quiz(?:zes)?|worksheets?|lesson plans?|flashcards?|crosswords?|word search(?:es)?)\s(?:on|about|covering|over)\s(.+?)(?=\s(?:for|with|to|that|so)\b|[,.?!]|$)/u;
/** "광합성 퀴즈 만들어줘", "물의 순환에 대한 문제 5개 내줘": the words before the task. */
const TASK_KO =
  /(?:^|[.!?]\s*)(.+?)(?:에 대한|에 관한|에 대해|관련)?\s?(?:퀴즈|학습지|문제지|시험 ?문제|문제)(?:를|을)?\s?(?:\d+\s?(?:개|문제|문항)\s?)?(?:좀\s?)?(?:만들어|내\s?줘|내 ?주세요|짜\s?줘|출제)/u;

export function asksTaskOnOtherTopic(index: KnowledgeIndex, written: string): boolean {
  const lower = written.toLowerCase();
  if (!MARKS.some((mark) => lower.includes(mark))) return false;
  const topic = TASK_EN.exec(lower)?.[1] ?? TASK_KO.exec(lower)?.[1];
  if (topic === undefined) return false;
  const { terms } = index.analyze(topic);
  // A word known only as a typo of another ("water" read as a word of the story) is not known.
  const { latinWords } = index.lexicon;
  return terms.some(
    (term) =>
      term.kind !== "amount" &&
      (!term.known || (LATIN_WORD.test(term.text) && !latinWords.has(term.text))),
  );
}

/** One word in Latin letters. */
const LATIN_WORD = /^[a-z]+$/u;
