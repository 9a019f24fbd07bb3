/**
 * The cheap first test of a rule that drops words from a question: does the text hold one of its
 * mark words at all? Plain substring lookups (a regex of the alternatives costs more than the
 * rest of such a rule): Korean marks as written, English marks in lower case.
 */
export function holdsMarkWord(
  text: string,
  korean: readonly string[],
  english: readonly string[],
): boolean {
  for (const mark of korean) if (text.includes(mark)) return true;
  const lower = text.toLowerCase();
  for (const mark of english) if (lower.includes(mark)) return true;
  return false;
}
