/**
 * "What's NVIDIA's investment, and should I buy NVDA on the news?": a question whose parts ask
 * something the knowledge covers and, beside it, for trading advice. The covered parts are
 * answered; the advice part gets the one-sentence refusal. A question that is advice in every
 * part, or whose other parts the knowledge does not cover, stays one refusal.
 */
import type { Language } from "../../knowledge/schema.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { judgeRelevance } from "../../search/relevance.ts";
import type { Answer } from "../types.ts";
import { isRequest } from "./question-shape.ts";
import { partsAnswer } from "./shapes.ts";
import { abstainAnswer } from "./text.ts";

type Part = { readonly text: string; readonly bare: string; readonly label?: string };

export function coveredBesideAdvice(
  index: KnowledgeIndex,
  asked: string,
  parts: readonly Part[],
  language: Language,
  answerPart: (part: Part) => Answer,
): Answer | undefined {
  if (parts.length < 2) return undefined;
  // Each part judged as written: the words carried into it from the part before do not advise.
  const advice = parts.map(({ bare }) => index.analyze(bare).asksForAdvice);
  if (!advice.includes(true) || advice.every(Boolean)) return undefined;
  // Every other part asks about the knowledge plainly, by itself: "where do i get it", "하나만
  // 골라줘요" or "this deal bullish for msft?" beside the advice are more of it.
  if (!parts.every(({ bare }, at) => advice[at] || asksPlainly(index, asked, bare)))
    return undefined;
  const answers = parts.map((part, at) =>
    advice[at] ? abstainAnswer(index.knowledge, language, "advice") : answerPart(part),
  );
  // Nothing covered beside the advice: the whole question is the refusal.
  if (answers.every((answer, at) => advice[at] || answer.abstained)) return undefined;
  return partsAnswer(
    index.knowledge,
    language,
    parts.map((part) => part.label ?? part.text),
    answers,
  );
}

/** A part on the knowledge's topic that asks by a question word, a request, or for a figure. */
function asksPlainly(index: KnowledgeIndex, asked: string, bare: string): boolean {
  const analysis = index.analyze(bare);
  if (!judgeRelevance(analysis, index.idf, index.maxIdf).onTopic) return false;
  return (
    hasQuestionWord(analysis.normalized) ||
    isRequest(bare) ||
    KOREAN_REQUEST.test(bare) ||
    // "NVIDIA's stake size?": a figure asked with a question mark, not a yes/no ("is it a buy?").
    (analysis.asksForFigure && !analysis.asksToConfirm && endsInQuestionMark(asked, bare))
  );
}

/** A Korean request in any ending: "알려주고", "설명해 주시고", "정리해줘". */
const KOREAN_REQUEST = /(?:알려|말해|설명해|정리해|보여|짚어)\s?주/u;

/** Whether the part, as written in the question, is followed by a question mark. */
function endsInQuestionMark(asked: string, part: string): boolean {
  const at = asked.indexOf(part);
  return at !== -1 && /^\s*[?？]/u.test(asked.slice(at + part.length));
}
