/**
 * A list whose last item says the question is asked of each item ("A와 B는 각각 얼마인가요?",
 * "A랑 B 각자 언제야", "A, B는 저마다 몇 개?"): the earlier items ask it too, though only the last
 * carries the question word.
 */
import { withoutTrailingJoin } from "./question-shape.ts";

/** "각각 얼마인가요?", "각자 언제야": the word for "each", then the question to the end. */
const EACH_THEN_QUESTION =
  /(?<!\p{Script=Hangul})(?:각각|각자|저마다|따로따로|따로)(?:은|는)?\s+((?:얼마|언제|몇|어디|누구|누가|무엇|뭐|어느|어떤|어떻게)[^?？]*[?？]?)\s*$/u;
/** An item that is only a figure: "30B", "$5 billion", "100억", "50억 달러". */
const BARE_FIGURE =
  /^[$₩]?\d[\d.,]*\s?(?:[a-z]{1,2}|billion|million|bn|억|조|만|천)?\s?(?:달러|원|dollars?)?[,\s]*$/iu;
const KOREAN_QUESTION_WORD = /뭐|뭔|뭘|무엇|무슨|얼마|언제|어디|어느|누구|누가|왜|어떻게|어떤|몇/u;

/**
 * The items of a list, each earlier item given the question its last item asks "of each"; the
 * items as they were when the last asks nothing of each, or an earlier item asks of its own.
 */
export function withEachAsked(items: readonly string[]): string[] {
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return [...items];
  const found = EACH_THEN_QUESTION.exec(last);
  const question = found?.[1]?.trim();
  // "30B, 10B, 5B 각각 뭐야?": figures asked what each stands for are one question of the figures.
  if (!question || items.some((item) => BARE_FIGURE.test(withoutTrailingJoin(item)))) {
    return [...items];
  }
  // "…더 많이 넣은 거 맞음? 각각 얼마야?": "each" with no item of its own before it asks of the
  // parties the sentence before names; that sentence is no item of a list.
  if (last.slice(0, found?.index ?? 0).trim() === "") return [...items];
  return items.map((item, at) =>
    at === items.length - 1 || KOREAN_QUESTION_WORD.test(item)
      ? item
      : `${withoutTrailingJoin(item)} ${question}`,
  );
}
