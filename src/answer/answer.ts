/**
 * answer(question, history, options): the one entry point every surface (CLI, chat, Discord)
 * calls. With an API key it asks Claude; without one, and whenever Claude fails, is slow or says
 * something the knowledge does not back, it gives the deterministic answer. The limits that
 * protect the Claude bill (per user, and calls at once) also end in the deterministic answer, with
 * a notice. Expected failures are answers, never exceptions. The history is bounded here, once,
 * for every surface (./history.ts).
 */
import type { Config } from "../config.ts";
import type { Language } from "../knowledge/schema.ts";
import { ConcurrencyGate } from "../limits/concurrency-gate.ts";
import { TokenBuckets } from "../limits/token-bucket.ts";
import type { Logger } from "../log.ts";
import { languageOf } from "../search/analyze.ts";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import type { ClaudeAnswerer } from "./claude/answerer.ts";
import { lazyClaudeAnswerer } from "./claude/lazy.ts";
import { createSummaryWriter } from "./claude/summary.ts";
import { answerFromKnowledge, asksAboutSomethingUncovered } from "./fallback/answerer.ts";
import { boundHistory } from "./history.ts";
import { phrases } from "./shared/phrases.ts";
import { type Summary, summarize } from "./shared/summary.ts";
import { AnswerStats, type AnswerStatsSnapshot } from "./stats.ts";
import type { Answer, AnswerMode, ConversationTurn } from "./types.ts";

export interface AnswerOptions {
  /** Answer in this language instead of the question's own. */
  readonly language?: Language;
  /**
   * Receives the growing answer text while Claude writes it (finished sentences only). Previews
   * are provisional: the returned Answer is what to show in the end, and it may be the
   * deterministic answer instead if Claude failed half-way.
   */
  readonly onText?: (text: string) => void;
  /** Who asks (a Discord user id): the per-user Claude limit counts per asker. */
  readonly askerId?: string;
}

export interface Answerer {
  /** "claude" when Claude is configured (it may still fall back per question). */
  readonly mode: AnswerMode;
  /** The Claude model asked, when mode is "claude". */
  readonly model?: string;
  answer(
    question: string,
    history?: readonly ConversationTurn[],
    options?: AnswerOptions,
  ): Promise<Answer>;
  /**
   * The story at a glance (/deal): the fact sheet's figures and fact checks, with a short summary
   * Claude wrote when it can (kept once written), else the deterministic one, without a notice.
   */
  summary(language: Language): Promise<Summary>;
  /** Counters since start-up. */
  stats(): AnswerStatsSnapshot;
  /** Claude calls running now, and the most there ever were at once. */
  concurrency(): { readonly active: number; readonly waiting: number; readonly peak: number };
  /**
   * For shutdown: every Claude call in flight ends at once and later questions skip Claude; each
   * gets the deterministic answer with the "Claude unavailable" notice.
   */
  stopClaude(): void;
}

export interface AnswererDependencies {
  readonly index: KnowledgeIndex;
  readonly logger: Logger;
  /** Claude's settings; without an API key, every answer is the deterministic one. */
  readonly anthropic?: Config["anthropic"];
  /** Per-user and concurrency limits for Claude (defaults: no per-user limit, 4 at once). */
  readonly limits?: Config["limits"];
}

const DEFAULT_LIMITS: Config["limits"] = {
  userQuestionsPerMinute: Number.POSITIVE_INFINITY,
  claudeMaxConcurrency: 4,
  claudeQueueSize: 16,
  claudeQueueWaitMs: 2_000,
};

export function createAnswerer({
  index,
  logger,
  anthropic,
  limits = DEFAULT_LIMITS,
}: AnswererDependencies): Answerer {
  const stats = new AnswerStats();
  const record = (answer: Answer, limited = false) => {
    stats.record(answer, { limited });
    return answer;
  };
  const apiKey = anthropic?.apiKey;
  if (!anthropic || apiKey === undefined) {
    return {
      mode: "fallback",
      async answer(question, history = [], options = {}) {
        return record(
          deterministicAnswer(index, question, boundHistory(history), options.language),
        );
      },
      summary: async (language) => summarize(index.knowledge, language),
      stats: () => stats.snapshot(),
      concurrency: () => ({ active: 0, waiting: 0, peak: 0 }),
      stopClaude: () => {},
    };
  }
  const claude = lazyClaudeAnswerer({
    knowledge: index.knowledge,
    config: { ...anthropic, apiKey },
    logger,
  });
  const perUser = new TokenBuckets({ perMinute: limits.userQuestionsPerMinute });
  const gate = new ConcurrencyGate({
    limit: limits.claudeMaxConcurrency,
    queueSize: limits.claudeQueueSize,
    maxWaitMs: limits.claudeQueueWaitMs,
  });
  const limitedAnswer = (
    question: string,
    history: readonly ConversationTurn[],
    options: AnswerOptions,
    notice: "claudeRateLimited" | "claudeBusy",
  ) => {
    const language = options.language ?? languageOf(question);
    const answer = deterministicAnswer(index, question, history, language);
    const fallbackReason = notice === "claudeRateLimited" ? "user-limit" : "busy";
    return record(
      answer.abstained
        ? { ...answer, fallbackReason }
        : { ...answer, notice: phrases[language][notice], fallbackReason },
      true,
    );
  };
  const summaryText = createSummaryWriter({
    ask: async (question, language) =>
      (await gate.run(() => claude.ask({ question, history: [], language })))?.value,
    logger,
  });

  return {
    mode: "claude",
    model: claude.model,
    async answer(question, fullHistory = [], options = {}) {
      const history = boundHistory(fullHistory);
      if (options.askerId !== undefined && !perUser.tryTake(options.askerId)) {
        logger.info(
          { askerId: options.askerId },
          "per-user Claude limit reached; deterministic answer",
        );
        return limitedAnswer(question, history, options, "claudeRateLimited");
      }
      const result = await gate.run(() =>
        answerWithClaude(claude, index, logger, question, history, options),
      );
      if (!result) {
        logger.warn(
          { active: gate.active, waiting: gate.waiting },
          "Claude concurrency cap and queue full; deterministic answer",
        );
        return limitedAnswer(question, history, options, "claudeBusy");
      }
      return record(result.value);
    },
    async summary(language) {
      const summary = summarize(index.knowledge, language);
      const text = await summaryText(language);
      return text === undefined ? summary : { ...summary, text, textMode: "claude" };
    },
    stats: () => stats.snapshot(),
    concurrency: () => ({ active: gate.active, waiting: gate.waiting, peak: gate.peak }),
    stopClaude: () => claude.stop(),
  };
}

async function answerWithClaude(
  claude: ClaudeAnswerer,
  index: KnowledgeIndex,
  logger: Logger,
  question: string,
  history: readonly ConversationTurn[],
  options: AnswerOptions,
): Promise<Answer> {
  const language = options.language ?? languageOf(question);
  const fallback = (claudeUnavailable: boolean, fallbackReason: string): Answer => {
    const answer = { ...deterministicAnswer(index, question, history, language), fallbackReason };
    // The notice points to "the passage from the article"; an abstain has none to point to.
    if (!claudeUnavailable || answer.abstained) return answer;
    return { ...answer, notice: phrases[language].claudeUnavailable };
  };
  try {
    const outcome = await claude.ask({
      question,
      history,
      language,
      ...(options.onText ? { onText: options.onText } : {}),
    });
    return outcome.ok
      ? outcome.answer
      : fallback(outcome.failure.unavailable, outcome.failure.reason);
  } catch (error) {
    // A bug, not an expected failure; the user still gets an answer.
    logger.error({ err: error }, "the Claude path threw; using the deterministic answer");
    return fallback(true, "unexpected");
  }
}

/**
 * The deterministic answer, using the conversation for follow-ups that say too little on their
 * own ("how much?" after a question about Microsoft's investment).
 */
export function deterministicAnswer(
  index: KnowledgeIndex,
  question: string,
  history: readonly ConversationTurn[],
  language?: Language,
): Answer {
  const options = language ? { language } : {};
  const answer = answerFromKnowledge(index, question, options);
  if (!answer.abstained) return answer;
  const previousQuestion = [...history].reverse().find((turn) => turn.role === "user")?.text;
  if (!previousQuestion) return answer;
  const analysis = index.analyze(question);
  const unsafe = analysis.asksForAdvice || analysis.triesToChangeRules || analysis.asksForOtherTask;
  if (unsafe || analysis.terms.some((term) => !term.known)) return answer;
  if (asksAboutSomethingUncovered(index, question)) return answer;
  const followUp = answerFromKnowledge(index, `${previousQuestion} ${question}`, {
    language: language ?? answer.language,
  });
  return followUp.abstained ? answer : followUp;
}
