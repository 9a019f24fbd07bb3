/** The `ask --json` / `--jsonl` contract: one flat JSON object per question. */
import type { Answer } from "../answer/types.ts";

export interface AnswerJson {
  readonly question: string;
  readonly mode: Answer["mode"];
  readonly language: Answer["language"];
  readonly abstained: boolean;
  readonly answer: string;
  readonly citations: readonly { readonly quote: string; readonly section: string }[];
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  readonly notice?: string;
  readonly usage?: Answer["usage"];
}

export function answerToJson(question: string, answer: Answer): AnswerJson {
  return {
    question,
    mode: answer.mode,
    language: answer.language,
    abstained: answer.abstained,
    answer: answer.text,
    citations: answer.citations.map(({ quote, section }) => ({ quote, section })),
    sources: answer.sources.map(({ title, url }) => ({ title, url })),
    ...(answer.notice ? { notice: answer.notice } : {}),
    ...(answer.usage ? { usage: answer.usage } : {}),
  };
}

export function errorToJson(
  question: string,
  message: string,
): { question: string; error: string } {
  return { question, error: message };
}
