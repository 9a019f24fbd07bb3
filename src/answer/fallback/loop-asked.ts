/**
 * The loop itself asked for, beside the writer's view of it ("what's the loop the article is
 * moaning about?", "which cycle is the writer worried about", "기사가 걱정하는 순환 고리가 뭐야?"):
 * the question asks what goes round, so the loop is answered, not the worry alone. Language-level
 * words for a loop and for asking which one.
 */
const LOOP_ASKED_EN =
  /\b(?:what(?:'s| is| was)? (?:the |this |that )?|which (?:one is the )?)(?:money )?(?:loop|cycle|circle|round[- ]trip|circular)\b/u;
const LOOP_ASKED_KO =
  /(?:무슨|어떤|어느) ?(?:순환|고리|순환 ?고리)|(?:순환 ?고리|고리|순환 ?구조)(?:가|는|란|이란)? ?(?:뭐|무엇|뭔|어떤)/u;

export function asksWhatTheLoopIs(normalized: string): boolean {
  return LOOP_ASKED_EN.test(normalized) || LOOP_ASKED_KO.test(normalized);
}
