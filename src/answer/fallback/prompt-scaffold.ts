/**
 * A question written the way one prompts a language model ("Q: NVIDIA put in $10B, right?\nA:",
 * "Q1: …\nQ2: …\nA:", "Question: … Answer:", "질문: …\n답:"): the labels are the scaffold, not
 * words of the question. The empty answer slot at the end is dropped; a label that opens a line
 * (or a numbered one anywhere) is dropped and the line break kept, so two labelled questions stay
 * two parts.
 */

// The slot left for the answer: a label and its colon closing the message.
const ANSWER_SLOT =
  /(?:^|\s)(?:a|a\d{1,2}|ans|answer|assistant|bot|output|response|답|답변|대답|정답)\s*[:：]\s*$/iu;

// A question's label opening a line ("Q:", "Q1.", "Question 2:", "질문:", "문1)"), or a numbered
// one anywhere ("… Q2: how much…").
const QUESTION_LABEL =
  /(?:^|(?<=\n))[ \t]*(?:q|q\d{1,2}|question(?:\s?\d{1,2})?|user|input|prompt|질문(?:\s?\d{1,2})?|문\s?\d{1,2})[ \t]*[:：][ \t]*|(?<=\s)q\d{1,2}[ \t]*[:：][ \t]*/giu;

export function withoutPromptScaffold(written: string): string {
  // Cheap first test: every label ends with a colon.
  if (!written.includes(":") && !written.includes("：")) return written;
  const bare = written.replace(ANSWER_SLOT, "").replace(QUESTION_LABEL, "\n").trim();
  return bare === "" ? written : bare;
}
