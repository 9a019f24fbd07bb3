/**
 * "Why does Anthropic pay Microsoft?", "앤트로픽이 마소한테 돈 내는 이유가 뭐야": a reason asked of a
 * payment one way between two parties. When that payment is a purchase (flows.json `purchase`),
 * what it buys is the reason; a sentence that merely repeats "A pays B" (a quote about the money
 * going round) is not.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Flow } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { asksWhetherOnePays } from "./question-shape.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";
import { wordAt } from "./word-at.ts";
import { writtenPosition } from "./written-position.ts";

/** A Korean name marked as where the money comes from: "마소한테서", "앤트로픽으로부터". */
const KOREAN_SOURCE = /(?:에서|한테서|에게서|로부터|께서)$/u;
/** A Korean name marked as who is paid: "마소한테", "엔비디아에게", "애저에". */
const KOREAN_TARGET = /(?:에게|한테|께|에)$/u;
/** "…money from NVIDIA", "paid by Microsoft": the English name after it pays. */
const ENGLISH_SOURCE = /\b(?:from|by)\s+(?:the\s+)?$/u;
/** "…money to Microsoft": the English name after it is paid. */
const ENGLISH_TARGET = /\bto\s+(?:the\s+)?$/u;
/** Money handed over with the receiver between: "sending Microsoft money", "hands NVIDIA $30B". */
const HANDS_OVER =
  /\b(?:send|sends|sending|sent|give|gives|giving|gave|hand|hands|handing|handed|wire|wires|wiring|wired)\s+(?:\S+\s+){0,2}?(?:money|cash|funds|dollars|billions?|\$)/u;
/** The one named first receives: "A가 B한테 돈 받는", "why does A get money from B". */
const RECEIVES = /받|얻|\b(?:gets?|got|getting|receiv\w*|earn\w*|collect\w*)\b/u;
/** Said of receiving, 한테 and 에게 name the one it comes from ("앤트로픽한테 받는"). */
const KOREAN_GIVER = /(?:에서|한테서|에게서|로부터|한테|에게|께)$/u;

/**
 * The purchase asked about: the flow from the payer to the one paid, when the question asks why
 * (or for what reason) one of two named parties pays the other. Undefined otherwise, and when
 * what flows that way is a stake, not a purchase (its motive is the article's to give).
 */
export function purchaseAskedWhy(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): Flow | undefined {
  if (!analysis.asksForReason || analysis.asksToConfirm) return undefined;
  const text = analysis.normalized;
  if (!asksWhetherOnePays(text) && !HANDS_OVER.test(text)) return undefined;
  const parties = scope.entities.filter(
    (entity) => !entity.outside && knowledge.scope.names.has(entity.id),
  );
  const [first, second] = parties;
  if (!first || !second || parties.length !== 2 || first.id === second.id) return undefined;
  const payer = payerOf(text, first, second);
  const paid = payer === first ? second : first;
  return knowledge.flows.flows.find(
    (flow) => flow.purchase && flow.from === payer.id && flow.to === paid.id,
  );
}

/**
 * Which of two named parties pays: the one marked as the source ("한테서", "from"), else the
 * other of one marked as paid ("한테", "to"), else the one written first (the subject).
 */
function payerOf(text: string, first: NamedEntity, second: NamedEntity): NamedEntity {
  const marked = (entity: NamedEntity, korean: RegExp, english: RegExp) => {
    const at = writtenPosition(text, entity);
    const word = wordAt(text, at);
    return /\p{Script=Hangul}/u.test(word)
      ? korean.test(word)
      : english.test(text.slice(Math.max(0, at - 9), at));
  };
  const [before, after] =
    writtenPosition(text, first) <= writtenPosition(text, second)
      ? [first, second]
      : [second, first];
  // Of receiving, the one written first is the receiver unless marked as the giver.
  const receiving = RECEIVES.test(text) && !HANDS_OVER.test(text);
  const source = receiving ? KOREAN_GIVER : KOREAN_SOURCE;
  if (marked(after, source, ENGLISH_SOURCE)) return after;
  if (marked(before, source, ENGLISH_SOURCE)) return before;
  if (receiving) return after;
  if (marked(before, KOREAN_TARGET, ENGLISH_TARGET)) return after;
  return before;
}
