/**
 * "In the expert quote, Microsoft pays NVIDIA. For what?", "전문가 인용에서, 마소가 엔비디아한테 돈
 * 내는 건 뭐 때문?": a leading clause that points at where in the text the asker read something
 * (a quote) says where, not what: its "quote" would ask for a statement. Dropped when a clause of
 * its own follows; a quote asked about ("who is quoted in it?") has no such clause after it.
 */
import { spaceSplitCount } from "../../search/split-count.ts";

/** The frame: "in/from the (expert's) quote,", "(전문가) 인용(문)에서,". Needs the comma or space. */
const QUOTE_FRAME =
  /^\s*(?:(?:so|ok|okay|and|but)[,\s]+)?(?:in|from) (?:the|that|this|his|her|their) (?:[\w'’-]+ ){0,2}(?:quote|quotation|quoted line)s?(?: (?:from|by|of) (?:the|that|this|an?) [\w'’-]+)?\s*[,:]\s+|^\s*(?:\S+ )?인용(?:문|구)?(?:에서|에선)(?:는)?\s*,\s*/iu;

export function withoutQuoteFrame(question: string): string {
  // A cheap test first: most questions never name a quote.
  if (!/quot|인용/iu.test(question)) return question;
  const frame = QUOTE_FRAME.exec(question);
  if (!frame) return question;
  const rest = question.slice(frame[0].length).trim();
  // Enough left to ask by itself: a clause, not a word ("In the quote, who?").
  return spaceSplitCount(rest) >= 3 ? rest : question;
}
