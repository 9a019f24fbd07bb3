/**
 * "what did he say about OpenAI when this dropped": a clause after the ask that dates it by the
 * story's own moment ("when this dropped", "when the deal was announced") asks nothing; the ask
 * is the question without it. Only after a question that opens on a question word of its own:
 * "the deal when it dropped" asks when.
 */

const OPENS_ON_QUESTION_WORD =
  /^\s*(?:what|what's|whats|who|who's|how|which|why|where|did|does|do|is|was)\b/iu;

/** "when this dropped", "when the news broke", "when it was announced", at the end. */
const STORY_MOMENT =
  /,?\s+(?:when|as soon as|after)\s+(?:this|it|that|the (?:deal|news|announcement|partnership|story))\s+(?:(?:was|got|first)\s+)?(?:dropped|drop|announced|broke|came out|went public|hit|landed)\b[\s?!.]*$/iu;

/** The question without its closing story-moment clause, or undefined when it has none. */
export function withoutStoryMoment(question: string): string | undefined {
  if (!OPENS_ON_QUESTION_WORD.test(question)) return undefined;
  const bare = question.replace(STORY_MOMENT, "?");
  return bare !== question && bare.trim() !== "?" ? bare : undefined;
}
