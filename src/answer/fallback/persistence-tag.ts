/**
 * A tag after a question that asks whether anything changed, in the negative: "Amazon still
 * Anthropic's main cloud, right? nothing changed?", "…맞지? 바뀐 거 없어?", "…? still the same?".
 * It asks the same claim again (that things stay as they were); read as a second claim of its own
 * its "nothing" and "없" would deny what the first one says. The question is answered without it.
 */

/** The question, with its marks, and the one short sentence after the last question mark. */
const TAG_AFTER_QUESTION = /^([\s\S]*[^\s?？][?？]+)\s+([^?？.!\n]{2,40})[?？]*\s*$/u;

/** "nothing changed", "no change", "that hasn't changed", "still the same", "바뀐 거 없어", "그대로지". */
const NOTHING_CHANGED =
  /^(?:(?:so|and|but)\s+)?(?:(?:nothing|nothin'?|nuttn|nuthin'?|nada|no)(?:'s|\s+has|\s+have)?\s+(?:changed?|different)|(?:that|it|this)\s+(?:hasn'?t|has not|didn'?t|did not|ain'?t|isn'?t)\s+(?:changed?|different)|(?:still\s+)?(?:the\s+)?same(?:\s+as\s+(?:before|ever))?|still\s+(?:the case|true|so))(?:\s+(?:there|then|at all|yet|since|now|right|eh|yeah|la|lah|mate|bro))*$|^(?:아무것도\s?|뭐\s?|딴\s?건\s?)?(?:바뀐|변한|달라진|변경된)\s?(?:거|게|건|것|점|부분)\s?(?:(?:은|는|이|가)\s?)?(?:없|아니)\p{Script=Hangul}*$|^(?:아직|여전히|예전\s?그대로|다\s?)?(?:그대로|여전|변함\s?없)\p{Script=Hangul}*$/iu;

/** The question without a trailing "nothing changed?", or undefined when none closes it. */
export function withoutPersistenceTag(question: string): string | undefined {
  const found = TAG_AFTER_QUESTION.exec(question.trim());
  const tag = found?.[2]?.trim();
  if (!found?.[1] || !tag || !NOTHING_CHANGED.test(tag)) return undefined;
  return found[1];
}
