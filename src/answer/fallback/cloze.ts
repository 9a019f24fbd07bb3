/**
 * A fill-in-the-blank item, as worksheets and quizzes write them: an instruction ("빈칸에 들어갈
 * 숫자는?", "Fill in the blank:", "what goes in the gap?") and a sentence of the text with a gap
 * ("( )", "____", "□"). The sentence is what is asked: read alone, it finds the passage that holds
 * the missing words. The instruction is no question of its own ("숫자는?" asks no count of
 * anything), so it is dropped. Only with a gap: "blank" alone ("a blank cheque") is no item.
 */

/** A gap left for the answer: empty brackets, a run of underscores, boxes. */
const GAP = /[(（[［〔]\s*[?？]?\s*[)）\]］〕]|[_＿]{2,}|□+|○{2,}/u;

/**
 * The instruction clause: one naming the blank ("빈칸", "빈 칸", "blank", "gap") or the task
 * ("fill in", "complete the sentence"), up to its end mark. It holds no gap and no quote.
 */
const INSTRUCTION =
  /[^.?？!:：\n"“”'‘’()（）[\]_＿□]*(?:빈\s?칸|\bblanks?\b|\bgaps?\b|\bfill(?:ing)?\s+in\b|\bcomplete (?:the|this) (?:sentence|text)\b)[^.?？!:：\n"“”'‘’()（）[\]_＿□]*(?:[.?？!:：)）]+|$)/iu;

/** An instruction asking for a figure ("숫자", "금액", "number", "how much"). */
const FIGURE_ASKED =
  /숫자|금액|수치|액수|얼마|몇|\b(?:number|figure|amount|sum|how much|how many)\b/iu;

/** A gap with a unit or scale after it ("( ) 달러", "____ billion"): a figure goes in it. */
const GAP_BEFORE_UNIT = new RegExp(
  `(?:${GAP.source})\\s*(?:억|조|만|천|달러|불|원|%|퍼센트|기가와트|gw\\b|billion\\b|bn\\b|dollars?\\b|percent\\b)`,
  "iu",
);

/** A gap before a Korean counter ("( )대 클라우드", "( )개"): how many. */
const GAP_BEFORE_COUNTER = new RegExp(
  `(?:${GAP.source})(?=(?:대|개|곳|가지|명|번|군데)(?!\\p{L}))`,
  "u",
);

/** Quotes and marks left around the sentence once the instruction is gone. */
const LOOSE_ENDS = /^[\s"“”'‘’:：)）.,-]+|[\s"“”'‘’]+$/gu;

/**
 * The gapped sentence without the instruction, or the question itself when it is no
 * fill-in-the-blank item (no gap, or nothing but the instruction).
 */
export function withoutClozeInstruction(question: string): string {
  if (!GAP.test(question)) return question;
  const instruction = INSTRUCTION.exec(question);
  if (!instruction) return question;
  const rest = `${question.slice(0, instruction.index)} ${question.slice(
    instruction.index + instruction[0].length,
  )}`
    .replace(LOOSE_ENDS, "")
    .replace(/\s{2,}/gu, " ");
  // The sentence must hold words besides its gap.
  if (!GAP.test(rest) || !/[\p{L}]{2,}/u.test(rest.replace(GAP, ""))) return question;
  return askedAtGap(rest, FIGURE_ASKED.test(instruction[0]));
}

/**
 * A figure's gap as the question word it stands for ("( ) 달러를 투입하겠다고 밝혔죠" → "얼마 달러를
 * …"), so the sentence reads as asking it, not as a claim to confirm. Any other gap stays: the
 * words around it find the passage.
 */
function askedAtGap(sentence: string, figureAsked: boolean): string {
  const korean = /\p{Script=Hangul}/u.test(sentence);
  if (korean && GAP_BEFORE_COUNTER.test(sentence)) {
    return sentence.replace(GAP_BEFORE_COUNTER, "몇");
  }
  if (!figureAsked && !GAP_BEFORE_UNIT.test(sentence)) return sentence;
  return sentence.replace(GAP, korean ? "얼마" : "how much");
}
