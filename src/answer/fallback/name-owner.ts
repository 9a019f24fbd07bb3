/**
 * Whose name a question asks about, by the word just before "이름" / "실명" / "'s name":
 * "행사 이름 나와요?" asks the event's name, "CEO 이름" the chief's, "전문가 이름" the expert's.
 * A fact that says someone is unnamed settles only the names of its own relation's words
 * ("전문가", "발언자") or of someone pointed at without a word of their own ("그 사람", "그분").
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

/** The word before a name word: "X 이름", "X의 실명", "X's name". */
const OWNER = /(\S+?)(?:의)?\s?(?:이름|실명|성함)|\b(\w+)'s (?:real |full )?name\b/u;

/** Words that point at someone without naming a kind of person ("그", "그분", "사람", "who"). */
const POINTER =
  /^(?:그|그분|그사람|해당|이|저|사람|사람들|분|인물|누구|누군지|[a-z]*(?:one|body)|the|this|that|their|his|her|its|them|person)$/u;

/** A word with a particle of place ("기사에", "글에서"): where the name would be. */
const PLACE = /(?:에|에서|에는|에선|에도)$/u;

/** Whether the name asked is of another than the fact's own (a word of none of its concepts). */
export function nameOwnerIsOther(knowledge: Knowledge, text: string, fact: Fact): boolean {
  const match = OWNER.exec(text);
  const owner = (match?.[1] ?? match?.[2])?.replace(/^['"‘’“”]+|[,.!?'"‘’“”]+$/gu, "");
  // "기사에 실명 나와?": a place the name is in, not whose it is.
  if (!owner || POINTER.test(owner) || PLACE.test(owner)) return false;
  const relation = knowledge.scope.relations.find((candidate) => candidate.id === fact.relation);
  const forms = knowledge.concepts
    .filter((concept) => relation?.concepts.includes(concept.id))
    .flatMap((concept) => concept.forms.map((form) => form.toLowerCase()));
  return !forms.some((form) => form.length >= 2 && owner.startsWith(form));
}
