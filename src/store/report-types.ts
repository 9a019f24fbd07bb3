/**
 * The figures an operator reads (`npm run report`, /stats): plain data, the same from SQLite and
 * PostgreSQL. Never a user id.
 */

export interface ReportRange {
  readonly since: Date;
  readonly until: Date;
  /** Only this server's answers, refusals and votes (/stats); every server's when absent. */
  readonly guildId?: string | undefined;
}

export interface ModeCounts {
  readonly claude: number;
  readonly fallback: number;
}

export interface DayFigures {
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  readonly total: number;
  readonly abstained: number;
  readonly byMode: ModeCounts;
  readonly byPath: Readonly<Record<string, number>>;
}

export interface QuestionCount {
  /** One question of the group, as asked (the most recent form). */
  readonly question: string;
  readonly count: number;
}

export interface DownvotedAnswer {
  readonly answerId: string;
  /** ISO time of the answer. */
  readonly at: string;
  readonly mode: string;
  /** null when texts are not kept (STORE_QUESTION_TEXT=false). */
  readonly question: string | null;
  readonly answer: string | null;
  readonly up: number;
  readonly down: number;
}

export interface Report {
  /** ISO times: the range covered, [since, until). */
  readonly since: string;
  readonly until: string;
  readonly answers: {
    readonly total: number;
    readonly abstained: number;
    readonly byMode: ModeCounts;
    readonly byPath: Readonly<Record<string, number>>;
    /** Share of answers Claude wrote (0..1); 0 when there were none. */
    readonly claudeShare: number;
    /** Deterministic answers given although Claude was configured, by reason. */
    readonly fallbackReasons: Readonly<Record<string, number>>;
    /** Answer latency in ms (null when there were no answers). */
    readonly latencyMs: { readonly p50: number | null; readonly p95: number | null };
    readonly tokens: {
      readonly input: number;
      readonly output: number;
      readonly cacheRead: number;
      readonly cacheCreation: number;
    };
  };
  /** Questions turned away before answering (empty, too long), by reason. */
  readonly refused: { readonly total: number; readonly byReason: Readonly<Record<string, number>> };
  /** One entry per UTC day of the range that had answers, oldest first. */
  readonly perDay: readonly DayFigures[];
  readonly feedback: { readonly up: number; readonly down: number };
  /** The most frequent abstained questions, grouped by similarity: what the knowledge lacks. */
  readonly topAbstained: readonly QuestionCount[];
  /** The most asked questions, grouped the same way. */
  readonly topQuestions: readonly QuestionCount[];
  /** Answers with more 👎 than 👍, most voted-down first. */
  readonly downvoted: readonly DownvotedAnswer[];
  /** Whether question texts are kept (false: the question lists are empty). */
  readonly questionTexts: boolean;
}
