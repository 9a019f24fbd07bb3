/**
 * The loop traced leg by leg ("Trace the loop for me: who does Anthropic pay, who does that
 * company pay, and who pays Anthropic?", "순환 고리: 앤트로픽은 누구한테 돈 내고, 그 회사는 누구한테
 * 내?"): the loop is named, and every part asks who pays whom. The legs are the loop's, so every
 * flow and the loop they make answer it, not each leg's party alone.
 */
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import type { Answer } from "../types.ts";
import { questionParts } from "./question-parts.ts";
import { asksMoneyDirection, asksWhetherOnePays, LOOP_NAMED } from "./question-shape.ts";
import { readScope } from "./scope.ts";
import { directionAnswer } from "./shapes.ts";

export function loopTracedAnswer(
  index: KnowledgeIndex,
  asked: string,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  if (analysis.asksToConfirm || !LOOP_NAMED.test(analysis.normalized)) return undefined;
  const parts = questionParts(index, asked, false);
  if (parts.length < 2) return undefined;
  // Each part asks a leg: who pays whom, with a question word of its own ("who does that
  // company pay"). A part that asks anything else ("…, and when was it announced?") is its own.
  const legs = parts.every(({ bare }) => {
    const normalized = index.analyze(bare).normalized;
    return (
      asksMoneyDirection(normalized) ||
      (asksWhetherOnePays(normalized) && hasQuestionWord(normalized))
    );
  });
  if (!legs) return undefined;
  // A party the knowledge lacks ("does OpenAI's money go round the loop too?") is not covered.
  const scope = readScope(index.knowledge, analysis, asked, () => false);
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  return directionAnswer(index.knowledge, language, [], { roundTrip: true });
}
