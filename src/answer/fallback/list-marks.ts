/**
 * The marks that number a list's items, as askers write them: "1)", "2.", "(3)", "a)", "(b)",
 * circled numbers ("① 투자 총액 ② 직원 수"), and the Korean letters of a report's list in their
 * order ("가. 발표일\n나. 행사명", "가) … 나) …").
 */

/**
 * One mark: a number or a Latin letter ("1)", "(b)", "2."), a circled number, or a Korean list
 * letter. A number, a letter or a Korean letter stands at a word start with a space after it
 * ("하나. " ends a sentence, it numbers nothing); a circled number is a mark wherever it stands.
 */
export const LIST_MARK =
  /(?<=^|\s)\(?(\d{1,2}|[a-h])[).](?=\s)|([\u2460-\u2473])|(?<=^|\s)\(?([가나다라마바사아])[.)](?=\s)/gu;

/**
 * The mark at the start of a bulleted or numbered line: "- ", "• ", "1. ", "2) ", "(3)". A source
 * to build patterns from (question-parts.ts, part-filters.ts); preamble.ts also takes the Korean
 * and circled marks above.
 */
export const LINE_MARK = String.raw`(?:[-•*·]|\(?\d{1,2}[).])`;

/** The Korean list letters in their order: 가 is the first item, 나 the second… */
const KOREAN_ORDER = "가나다라마바사아";

/** Where a mark stands in its list's order (1 for "1)", "a)", "①", "가."). */
export function listMarkOrder(mark: RegExpMatchArray): number {
  const [, number, circled, korean] = mark;
  if (circled !== undefined) return (circled.codePointAt(0) ?? 0) - 0x2460 + 1;
  if (korean !== undefined) return KOREAN_ORDER.indexOf(korean) + 1;
  if (number === undefined) return 0;
  return /\d/u.test(number) ? Number(number) : number.charCodeAt(0) - "a".charCodeAt(0) + 1;
}

/**
 * A cheap test before the marks are read: a second item's mark ("2)", "(b)", "②", "나.").
 * Most questions have none.
 */
export function mayHoldSecondMark(question: string): boolean {
  return SECOND_MARK.test(question);
}
const SECOND_MARK = /\s\(?(?:2|b)[).]\s|②|(?:^|\s)\(?나[.)]\s/u;
