/**
 * One question, from any path (/ask, a mention, a DM, a reply), to one answer in Discord:
 * check it, answer it (drafts while Claude streams), send it with its sources line and buttons,
 * keep it for the buttons, and log one line about it. Limits (per user, global) belong here,
 * before the answerer is called, so every path gets them.
 */

import { checkQuestion } from "../answer/question.ts";
import type { ConversationTurn } from "../answer/types.ts";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import { answerDraft, answerMessage } from "../render/discord-answer.ts";
import type { Runtime } from "../runtime.ts";
import { type AnswerStore, channelIdOf } from "./answer-store.ts";
import { apologize } from "./errors.ts";
import type { Reply } from "./respond.ts";

export type QuestionPath = "slash" | "mention" | "dm" | "reply";

export interface Question {
  /** The text as typed (the bot's mention already removed). */
  readonly text: string;
  readonly history: readonly ConversationTurn[];
  readonly path: QuestionPath;
  readonly userId: string;
  readonly guildId: string | null;
  /** For hints when the question itself has no words to tell its language by. */
  readonly fallbackLanguage: Language;
}

export interface AskServices {
  readonly runtime: Runtime;
  readonly answers: AnswerStore;
  readonly reply: Reply;
  readonly log: Logger;
}

export async function answerQuestion(question: Question, services: AskServices): Promise<void> {
  const { runtime, answers, reply, log } = services;
  const check = checkQuestion(question.text, {
    maxLength: runtime.config.maxQuestionLength,
    manifest: runtime.knowledge.manifest,
    fallbackLanguage: question.fallbackLanguage,
  });
  if (!check.ok) {
    await reply.send({ content: check.message });
    answers.refuse(question, question.fallbackLanguage, check.reason);
    log.info(
      {
        path: question.path,
        userId: question.userId,
        guildId: question.guildId,
        reason: check.reason,
      },
      "question refused",
    );
    return;
  }
  const started = performance.now();
  const answer = await runtime.answerer.answer(check.question, question.history, {
    onText: (text) => reply.draft(answerDraft(text)),
    askerId: question.userId,
  });
  const answerId = answers.add({
    question: check.question,
    answer,
    asked: {
      ...question,
      channelId: channelIdOf(reply.target),
      latencyMs: performance.now() - started,
    },
  });
  try {
    await reply.send(answerMessage(answer, answerId, runtime.knowledge));
  } catch (error) {
    // Discord refused it or could not be reached: the log line names the answer and the error.
    await apologize(reply, question.fallbackLanguage, error, log.child({ answerId }));
    return;
  }
  log.info(
    {
      answerId,
      path: question.path,
      userId: question.userId,
      guildId: question.guildId,
      historyTurns: question.history.length,
      mode: answer.mode,
      language: answer.language,
      abstained: answer.abstained,
      ms: Math.round(performance.now() - started),
      ...(answer.usage ? { usage: answer.usage } : {}),
    },
    "question answered",
  );
}
