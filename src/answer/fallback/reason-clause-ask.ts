/**
 * A question asked inside a Korean reason clause: "앤트로픽이 뭐 하는 회사길래 다들 난리야",
 * "엔비디아가 얼마를 넣었길래 이 난리여", "순환투자가 뭐길래 전문가가 꼬집어?". With a question word
 * before it, "-길래" (also "-길레", "-관데") asks what the clause names, and what follows
 * is the asker's reaction to the fuss ("다들 난리야", "라디오에서 떠들어대는겨"), whose own words
 * (radio, everyone) the knowledge lacks. The clause is asked as a question of its own, and the
 * reaction dropped; a sentence after the reaction stays. Without a question word the clause is a
 * premise ("투자한다길래 궁금해서"), and left to the readers of premises.
 */
import { syllableParts } from "../../search/korean.ts";

/** "뭐", "얼마", "누구", "몇", "어떤"…: a word that makes the clause a question. */
const QUESTION_WORD =
  /(?:^|[^\p{Script=Hangul}])(?:뭐|뭘|뭔|뭣|무엇|무슨|누구|누가|어디|얼마|몇|어떻게|어떤|어느|왜|언제)/u;

/** The clause (back to the sentence's start), its reason ending, and the reaction after it. */
const REASON_CLAUSE =
  /(^|[.!?？\n]\s*)([^.!?？\n]*?)(\p{Script=Hangul})(?:길래|길레|관데)(?:요)?(?=[\s?？!.~]|$)([^.!?？\n]*)/u;

/** The question marks and stops that end the reaction's sentence. */
const SENTENCE_END = /^[?？!.~…]*/u;

/** Object and dative particles: the word after one is a verb ("얼마를 넣길래"). */
const AFTER_OBJECT = /(?:[을를뭘]|에게|한테|에)\s\S*$/u;

/** The final-consonant index of ㅆ. */
const FINAL_SS = 20;

/** A syllable closed by ㅆ ("었", "했", "갔"): the clause's verb is in the past. */
function closesPast(syllable: string): boolean {
  return syllableParts(syllable.codePointAt(0) ?? 0)?.[2] === FINAL_SS;
}

/** The clause's last syllable and what it is, ended as a plain question. */
function asQuestion(clause: string, last: string): string {
  if (closesPast(last)) return `${clause}${last}어?`;
  if (last === "하") return `${clause}해?`;
  if (last === "되") return `${clause}돼?`;
  if (AFTER_OBJECT.test(clause)) return `${clause}${last}는 거야?`;
  return `${clause}${last}야?`;
}

/** The question with its reason clause asked on its own, or undefined when it has none. */
export function askInReasonClause(question: string): string | undefined {
  const found = REASON_CLAUSE.exec(question);
  if (!found) return undefined;
  const [whole, opening = "", clause = "", last = ""] = found;
  // The question word sits in the clause: "다들 뭐라는데 투자했길래" has none in its own.
  if (!QUESTION_WORD.test(`${clause}${last}`)) return undefined;
  const start = found.index + opening.length;
  const afterReaction = found.index + whole.length;
  const ending = SENTENCE_END.exec(question.slice(afterReaction))?.[0] ?? "";
  const rest = question.slice(afterReaction + ending.length).trim();
  const asked = asQuestion(clause, last);
  return [question.slice(0, start).trim(), asked, rest].filter((part) => part !== "").join(" ");
}
