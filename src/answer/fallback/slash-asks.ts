/**
 * Asks written one after another with slashes between them, as people type a quick list
 * ("총 얼마 투자 / 언제 발표 / 클라우드 어디", "how much NV put in / how much compute ant is
 * buying"). A slash also joins alternatives of one ask ("the MSFT / NVDA / Anthropic thing",
 * "Blackwell / Vera Rubin systems"), so a slashed text is a list of asks only when every piece
 * asks by a question word of its own.
 */

import { hasQuestionWord } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";

/** A slash with a space on each side: "a/b" and "1/2" join words, not asks. */
const SLASH = /\s+[/／]\s+/u;

/** The asks of a slashed list, in order; undefined when the text is not one. */
export function slashedAsks(index: KnowledgeIndex, text: string): string[] | undefined {
  if (!SLASH.test(text)) return undefined;
  const pieces = text
    .split(SLASH)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
  if (pieces.length < 2) return undefined;
  const asks = pieces.every((piece) => {
    const analysis = index.analyze(piece);
    return analysis.terms.some((term) => term.known) && hasQuestionWord(analysis.normalized);
  });
  return asks ? pieces : undefined;
}
