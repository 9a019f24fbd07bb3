/**
 * Counters for one process's answers: how many, how many Claude wrote, token usage and cache hits.
 * /about shows them; with sharding each shard process keeps its own.
 */
import type { Answer } from "./types.ts";

export interface AnswerStatsSnapshot {
  readonly questions: number;
  readonly claudeAnswers: number;
  readonly fallbackAnswers: number;
  readonly abstained: number;
  /** Deterministic answers given because a limit was reached (per user or concurrency). */
  readonly limited: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadInputTokens: number;
  readonly cacheCreationInputTokens: number;
}

export class AnswerStats {
  private counts = {
    questions: 0,
    claudeAnswers: 0,
    fallbackAnswers: 0,
    abstained: 0,
    limited: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
  };

  record(answer: Answer, options: { limited?: boolean } = {}): void {
    const counts = this.counts;
    counts.questions++;
    if (answer.mode === "claude") counts.claudeAnswers++;
    else counts.fallbackAnswers++;
    if (answer.abstained) counts.abstained++;
    if (options.limited) counts.limited++;
    if (answer.usage) {
      counts.inputTokens += answer.usage.inputTokens;
      counts.outputTokens += answer.usage.outputTokens;
      counts.cacheReadInputTokens += answer.usage.cacheReadInputTokens;
      counts.cacheCreationInputTokens += answer.usage.cacheCreationInputTokens;
    }
  }

  snapshot(): AnswerStatsSnapshot {
    return { ...this.counts };
  }
}
