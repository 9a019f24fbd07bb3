/**
 * The short summary of the story, written by Claude (for /deal). The knowledge does not change
 * while the bot runs, so one good summary per language is kept and every later call is free.
 * A failure is not kept, but the next try waits a while, so a Claude that is down is not asked
 * again on every /deal. Callers show the deterministic summary whenever this gives nothing.
 */
import type { Language } from "../../knowledge/schema.ts";
import type { Logger } from "../../log.ts";
import type { ClaudeOutcome } from "./reply.ts";

/** What Claude is asked; nothing in it names the story (it comes from the documents). */
export const SUMMARY_REQUEST =
  "Summarize the article in two or three sentences: who does what, with the key figures, and where the fact sheet corrects the article.";

/** How long after a failed summary the next /deal waits before asking Claude again. */
export const SUMMARY_RETRY_AFTER_MS = 60_000;

export interface SummaryWriterOptions {
  /** Asks Claude; undefined when the call was not made (e.g. the concurrency cap was full). */
  readonly ask: (question: string, language: Language) => Promise<ClaudeOutcome | undefined>;
  readonly logger: Logger;
  readonly retryAfterMs?: number;
  readonly now?: () => number;
}

/** The summary text Claude wrote for a language, or undefined if there is none to show now. */
export type SummaryWriter = (language: Language) => Promise<string | undefined>;

export function createSummaryWriter({
  ask,
  logger,
  retryAfterMs = SUMMARY_RETRY_AFTER_MS,
  now = Date.now,
}: SummaryWriterOptions): SummaryWriter {
  const written = new Map<Language, Promise<string | undefined>>();
  const failedAt = new Map<Language, number>();

  const write = async (language: Language): Promise<string | undefined> => {
    try {
      const outcome = await ask(SUMMARY_REQUEST, language);
      if (outcome?.ok && !outcome.answer.abstained) return outcome.answer.text;
      logger.info(
        {
          language,
          reason: outcome ? (outcome.ok ? "abstained" : outcome.failure.reason) : "busy",
        },
        "no Claude summary; /deal shows the fact sheet's",
      );
    } catch (error) {
      logger.error({ err: error, language }, "writing the Claude summary threw");
    }
    return undefined;
  };

  return async (language) => {
    const kept = written.get(language);
    if (kept) return kept;
    const failed = failedAt.get(language);
    if (failed !== undefined && now() - failed < retryAfterMs) return undefined;
    // Kept while it runs too, so /deal calls at the same moment share one Claude call.
    const pending = write(language);
    written.set(language, pending);
    const text = await pending;
    if (text === undefined) {
      written.delete(language);
      failedAt.set(language, now());
    }
    return text;
  };
}
