/**
 * "앤트로픽 CEO 누구고 뭐라고 했어요?", "who runs Anthropic and what did they say?": after a part
 * asking who someone is, which the knowledge cannot name, a part asking only what was said, with
 * no party of its own, asks it of that person. Another speaker's words (the story's quotes) would
 * read as theirs.
 */

/** Asking what was said, the speaker left out or a pronoun: "뭐라고 했어", "뭐래", "what did they say". */
const SAID_WHAT =
  /뭐라(?:고|구)?\s?(?:했|함|하|말|얘기|그랬|그래)|뭐래|무슨\s?(?:말|얘기|발언)|\bwhat (?:did|does|do|has|have) (?:they|he|she|it|(?:the )?(?:ceo|boss|founder))? ?(?:say|said|comment|mention)\b/u;

/** True when `part` asks only what was said and names no party (`namesParty`) of its own. */
export function saidAfterWho(part: string, namesParty: boolean, whoAskedBefore: boolean): boolean {
  return whoAskedBefore && !namesParty && SAID_WHAT.test(part);
}
