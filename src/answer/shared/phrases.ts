/**
 * Everything the answerer says in its own words, in both languages. Nothing here names the story:
 * the topic and example questions come from the knowledge folder's manifest.
 */
import type { Language, Manifest } from "../../knowledge/schema.ts";

export type AbstainReason = "empty" | "advice" | "off-topic";

export function abstainMessage(
  manifest: Manifest,
  language: Language,
  reason: AbstainReason,
): string {
  const topic = manifest.topic[language];
  const examples = manifest.exampleQuestions[language]
    .slice(0, 2)
    .map((example) => `“${example}”`)
    .join(language === "ko" ? ", " : " or ");
  if (language === "ko") {
    const lead = {
      empty: `${topic}에 대해 질문해 주세요.`,
      advice: "투자 조언이나 예측은 드릴 수 없어요. 기사에서 다루지 않는 내용이에요.",
      "off-topic": "기사에서 다루지 않는 내용이에요.",
    }[reason];
    return `${lead} 저는 ${topic}에 관한 질문에 답할 수 있어요. 예: ${examples}. 요약은 /deal, 돈의 흐름은 /who-pays-whom 으로 볼 수 있어요.`;
  }
  const lead = {
    empty: `Ask me a question about ${topic}.`,
    advice: "I can't give investment advice or predictions: the article doesn't cover that.",
    "off-topic": "The article doesn't cover that.",
  }[reason];
  return `${lead} I can answer questions about ${topic}, for example ${examples}. Try /deal for a summary or /who-pays-whom for the money flow.`;
}

export const phrases = {
  ko: {
    articleSays: "기사 내용:",
    /** A compute flow: the payer-side entity runs on what the other provides. */
    runsOn: "구동",
    factCheck: "팩트체크:",
    claudeUnavailable: "지금은 Claude를 쓸 수 없어 기사에서 해당 부분을 찾아 드렸어요.",
    claudeRateLimited: "질문이 너무 잦아 이번에는 Claude 대신 기사에서 해당 부분을 찾아 드렸어요.",
    claudeBusy: "지금 Claude가 붐벼서 기사에서 해당 부분을 찾아 드렸어요.",
    tooLong: (length: number, max: number) =>
      `질문이 너무 길어요 (${length}자). ${max}자 이내로 줄여 주세요.`,
  },
  en: {
    articleSays: "According to the article:",
    runsOn: "runs on",
    factCheck: "Fact check:",
    claudeUnavailable: "Claude is unavailable right now; here is the passage from the article.",
    claudeRateLimited:
      "You are asking faster than the per-user limit allows; here is the passage from the article.",
    claudeBusy: "Claude is busy right now; here is the passage from the article.",
    tooLong: (length: number, max: number) =>
      `The question is too long (${length} characters). Please keep it under ${max} characters.`,
  },
} as const;
