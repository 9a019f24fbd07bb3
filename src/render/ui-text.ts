/**
 * What the Discord surface says in its own words, in both languages. Nothing here names the
 * story: topics, figures and names come from the knowledge folder.
 */
import type { Language } from "../knowledge/schema.ts";

export const uiText = {
  ko: {
    sourcesButton: "출처",
    quotesHeading: "기사 인용",
    outsideSources: "공식 발표",
    sourcesExpired:
      "이 답변의 출처는 더 이상 보관되어 있지 않아요 (봇이 다시 시작됨). 다시 질문해 주세요.",
    feedbackThanks: {
      up: "도움이 되었다니 다행이에요. 고마워요!",
      down: "알려 주셔서 고마워요. 기록해 두었어요.",
    },
    deterministicNote: "기사에서 직접 찾은 답변 (AI 미사용)",
    apology: (errorId: string) =>
      `죄송해요, 답변하는 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요. (오류 ID: \`${errorId}\`)`,
    attachmentsOnly: "첨부 파일은 읽지 못해요. 질문을 글로 적어 주세요.",
    unreadableReply:
      "답장 내용을 읽을 수 없었어요. 답장할 때 멘션(@)을 켜 두거나, 저를 멘션해서 질문해 주세요.",
    factSheetNote: "수치: 검증된 팩트시트 기준",
    summaryByClaude: "요약: Claude가 기사와 팩트시트로 작성",
    factCheck: "팩트체크",
    sources: "출처",
    flowsTitle: "누가 누구에게 지불하나",
    flowsFocus: (name: string) => `${name} 관련 흐름`,
    loopTitle: "순환 구조",
    legend: {
      payment: "지불: 내는 쪽 → 받는 쪽",
      "no-figure": "지불 (금액 미공개)",
      compute: "구동: 컴퓨팅 용량 (지불 아님)",
      note: "수치: 검증된 팩트시트 기준",
    },
    articleNote: (title: string) => `기사: ${title}`,
    sameQuote: "(위와 같은 문장)",
    answerCap: (limit: number, seconds: number) =>
      `한 사람에게 1분에 ${limit}번까지 답할 수 있어요. ${seconds}초 후에 다시 질문해 주세요.`,
  },
  en: {
    sourcesButton: "Sources",
    quotesHeading: "Quotes from the article",
    outsideSources: "Official announcements",
    sourcesExpired:
      "The sources of this answer are no longer kept (the bot restarted). Please ask again.",
    feedbackThanks: {
      up: "Glad it helped, thanks!",
      down: "Thanks for telling me; the feedback is logged.",
    },
    deterministicNote: "quoted straight from the article (no AI)",
    apology: (errorId: string) =>
      `Sorry, something went wrong while answering. Please try again in a moment. (error id: \`${errorId}\`)`,
    attachmentsOnly: "I can't read attachments. Please type your question as text.",
    unreadableReply:
      "I couldn't read that reply. Keep the reply ping (@) on, or mention me with your question.",
    factSheetNote: "Figures from the checked fact sheet",
    summaryByClaude: "summary written by Claude from the article and the fact sheet",
    factCheck: "Fact check",
    sources: "Sources",
    flowsTitle: "Who pays whom",
    flowsFocus: (name: string) => `Flows involving ${name}`,
    loopTitle: "Circular loop",
    legend: {
      payment: "payment: payer → payee",
      "no-figure": "payment, no figure given",
      compute: "runs on: computing capacity, not a payment",
      note: "figures: the checked fact sheet",
    },
    articleNote: (title: string) => `Article: ${title}`,
    sameQuote: "(same passage as above)",
    answerCap: (limit: number, seconds: number) =>
      `I answer each person at most ${limit} times a minute. Please ask again in ${seconds} s.`,
  },
} as const satisfies Record<Language, unknown>;

export type UiText = (typeof uiText)[Language];
