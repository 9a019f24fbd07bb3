/**
 * The posting cap every answer passes (slash commands, mentions, DMs, replies): at most
 * USER_ANSWERS_PER_MINUTE per user in any minute, so one user cannot flood a channel. Past it the
 * user is told once, in a short notice; the caller posts nothing else for them until the window
 * frees. Other users are not affected.
 */
import type { Language } from "../knowledge/schema.ts";
import { AnswerCap, type CapVerdict } from "../limits/answer-cap.ts";
import { uiText } from "../render/ui-text.ts";

export class PostingCap {
  private readonly cap: AnswerCap;

  constructor(
    readonly perMinute: number,
    now?: () => number,
  ) {
    this.cap = new AnswerCap({ limit: perMinute, ...(now ? { now } : {}) });
  }

  /** Counts one answer for the user, or says no (and whether to tell them). */
  take(userId: string): CapVerdict {
    return this.cap.take(userId);
  }

  /** The short notice for a refused user, in their language. */
  notice(language: Language, retryAfterMs: number): string {
    return uiText[language].answerCap(this.perMinute, Math.max(1, Math.ceil(retryAfterMs / 1000)));
  }
}
