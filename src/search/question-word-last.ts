/**
 * A question word said last, as learners and speakers of languages that keep it in place do
 * ("Claude 5 will come to Azure when?", "the deal was announced where?"): read in the usual order
 * ("when will Claude 5 come to Azure?"), so the words that ask when or where ("when will", "when
 * was") are read as they are when written first; a name alone before the word ("the deal.
 * when") is asked with "was" or "is". Grammar only.
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
  /^(?<subject>[^?,;]+?)\s+(?<aux>will|would|did|does|do|is|are|was|were|can|could|has|have|should)(?:\s+(?<rest>[^?,;]+?))?\s+(?<word>when|where)\s*(?<mark>[?!.]*)\s*$/u;

/**
 * A name or a noun phrase, then the question word, with no verb ("MSFT anthropic deal. when",
 * "the Azure contract, where?"): read as "when was …" / "where is …". Eight words at most: a
 * longer run before the word is a clause, not a name.
 */
const NAMED_THEN_WORD =
  /^(?<subject>(?:[^\s?,;.]+\s+){0,7}[^\s?,;.]+)\s*[,.:—–-]?\s+(?<word>when|where)\s*(?<mark>[?!.]*)\s*$/u;

/** A preposition or a joining word last before the question word. */
const ENDS_ON_LINK =
  /(?:^|\s)(?:by|until|till|since|from|to|for|of|at|in|on|and|or|but|so|then)$/iu;

/** The verb a named thing is asked with, for each question word. */
const VERB_FOR = { when: "was", where: "is" } as const;

/** Question words that, found before, make the clause a question already. */
const ASKS_FIRST = /\b(?:what|when|where|who|why|how|which)\b/u;

export function withQuestionWordFirst(text: string): string {
  if (!closesOnWord(text)) return text;
  const groups = WORD_LAST.exec(text)?.groups;
  if (groups?.subject && groups.aux && groups.word) {
    const rest = groups.rest ?? "";
    if (ASKS_FIRST.test(groups.subject) || ASKS_FIRST.test(rest)) return text;
    const clause = rest === "" ? groups.subject : `${groups.subject} ${rest}`;
    return `${groups.word} ${groups.aux} ${clause}${groups.mark || "?"}`;
  }
  const named = NAMED_THEN_WORD.exec(text)?.groups;
  const word = named?.word as keyof typeof VERB_FOR | undefined;
  if (!named?.subject || !word || ASKS_FIRST.test(named.subject)) return text;
  // "by when", "and where": the word belongs to the words before it, not to a named thing.
  if (ENDS_ON_LINK.test(named.subject)) return text;
  return `${word} ${VERB_FOR[word]} ${named.subject}${named.mark || "?"}`;
}
