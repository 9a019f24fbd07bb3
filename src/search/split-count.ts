/**
 * How many pieces `text.split(/\s+/u)` would give, without making them: the runs of white space
 * are counted with a global pattern's test (no match array, no piece strings, no pattern built per
 * call). Used where only the count of a text's words is read, on every question.
 */
const WHITE_SPACE_RUN = /\s+/gu;

export function spaceSplitCount(text: string): number {
  WHITE_SPACE_RUN.lastIndex = 0;
  let count = 1;
  // test with a global pattern moves lastIndex past each run; it is back at 0 after the last.
  while (WHITE_SPACE_RUN.test(text)) count++;
  return count;
}
