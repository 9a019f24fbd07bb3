/**
 * A question word said last, as learners and speakers of languages that keep it in place do
 * ("Claude 5 will come to Azure when?", "the deal was announced where?"): read in the usual order
 * ("when will Claude 5 come to Azure?"), so the words that ask when or where ("when will", "when
 * was") are read as they are when written first. Grammar only.
 */

/** Marks and spaces a question may close on after its last word. */
const CLOSING = new Set([" ", "?", "!", ".", "\n", "\t"]);

/**
 * A cheap first test, read from the end (no scan of the text): the text closes on one of the
 * question words moved.
 */
function closesOnWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1] as string)) end--;
  return text.endsWith("when", end) || text.endsWith("where", end);
}

/** The subject, its auxiliary, the rest of the clause, then the question word. */
const WORD_LAST =
  /^(?<subject>[^?,;]+?)\s+(?<aux>will|would|did|does|do|is|are|was|were|can|could|has|have|should)\s+(?<rest>[^?,;]+?)\s+(?<word>when|where)\s*(?<mark>[?!.]*)\s*$/u;

/** Question words that, found before, make the clause a question already. */
const ASKS_FIRST = /\b(?:what|when|where|who|why|how|which)\b/u;

export function withQuestionWordFirst(text: string): string {
  if (!closesOnWord(text)) return text;
  const found = WORD_LAST.exec(text);
  const groups = found?.groups;
  if (!groups?.subject || !groups.aux || !groups.rest || !groups.word) return text;
  if (ASKS_FIRST.test(groups.subject) || ASKS_FIRST.test(groups.rest)) return text;
  return `${groups.word} ${groups.aux} ${groups.subject} ${groups.rest}${groups.mark || "?"}`;
}
