/**
 * The store's one interface: what the rest of the bot may ask of it. SQLite (default) and
 * PostgreSQL sit behind it alike. Writes are queued and never throw or wait (they must not slow
 * or break an answer); reads are async and may fail (the caller says "ask again").
 */
import type { AnswerMode, Citation, SourceLink, Usage } from "../answer/types.ts";
import type { Language } from "../knowledge/schema.ts";
import type { Report, ReportRange } from "./report-types.ts";

/** Where a question came from. "slash" is /ask; "chat" the terminal chat. */
export type AnswerPath = "slash" | "mention" | "dm" | "reply" | "chat" | "cli";

/** One answer as given, to be kept. */
export interface AnswerRecord {
  /** The id the answer's buttons carry (newAnswerId()). */
  readonly id: string;
  readonly at: Date;
  readonly path: AnswerPath;
  /** Who asked (a Discord user id): stored only as a keyed hash. */
  readonly userId?: string;
  readonly guildId?: string | null;
  /** The channel, for guild channels only (a DM channel would point at one person). */
  readonly channelId?: string | null;
  readonly language: Language;
  readonly mode: AnswerMode;
  readonly abstained: boolean;
  /** Why the deterministic answer was given although Claude is configured (e.g. "timeout"). */
  readonly fallbackReason?: string;
  /** The question as checked; not kept when STORE_QUESTION_TEXT=false. */
  readonly question: string;
  /** What the person saw; not kept when STORE_QUESTION_TEXT=false. */
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly sources: readonly SourceLink[];
  readonly notice?: string;
  /** From the question's arrival to the answer being ready. */
  readonly latencyMs: number;
  readonly usage?: Usage;
}

/** A question turned away before answering (empty, too long): counted, its text not kept. */
export interface RefusalRecord {
  readonly id: string;
  readonly at: Date;
  readonly path: AnswerPath;
  readonly userId?: string;
  readonly guildId?: string | null;
  readonly language: Language;
  /** Why, in one word ("empty", "too-long"). */
  readonly reason: string;
}

export type Vote = "up" | "down";

/** A 👍/👎 on an answer. One per user per answer: the last one counts. */
export interface VoteRecord {
  readonly answerId: string;
  /** A Discord user id: stored only as a keyed hash. */
  readonly userId: string;
  readonly vote: Vote;
  readonly at: Date;
}

/** An answer read back (for the buttons and the reply chain after a restart). */
export interface StoredAnswer {
  readonly id: string;
  readonly at: Date;
  readonly path: AnswerPath;
  readonly language: Language;
  readonly mode: AnswerMode;
  readonly abstained: boolean;
  /** Undefined when texts are not kept (STORE_QUESTION_TEXT=false). */
  readonly question: string | undefined;
  readonly text: string | undefined;
  readonly citations: readonly Citation[];
  readonly sources: readonly SourceLink[];
  readonly notice: string | undefined;
}

export interface StoreHealth {
  readonly dialect: "sqlite" | "postgres";
  /** The last write (or the start-up migration) succeeded. */
  readonly writable: boolean;
  /** Writes waiting in the queue. */
  readonly pending: number;
  /** Writes given up (queue full while the store was failing) since start. */
  readonly dropped: number;
  /** Writes that failed (each retried) since start. */
  readonly writeErrors: number;
  /** Rows written since start. */
  readonly written: number;
  /** The last write error's message, if the store is failing now. */
  readonly lastError?: string;
}

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Queues an answer. Never throws, never waits. */
  recordAnswer(record: AnswerRecord): void;
  /** Queues a refused question. Never throws, never waits. */
  recordRefusal(record: RefusalRecord): void;
  /** Queues a vote (replacing the user's earlier vote on that answer). Never throws, never waits. */
  recordVote(vote: VoteRecord): void;
  /** An answer by id: still queued, or from the database. Undefined if unknown or pruned. */
  findAnswer(id: string): Promise<StoredAnswer | undefined>;
  /** The figures of `npm run report` and /stats, over [since, until). */
  report(range: ReportRange, options?: { readonly limit?: number }): Promise<Report>;
  /** Whether writes currently succeed (for /healthz). */
  isWritable(): boolean;
  health(): StoreHealth;
  /** Waits until every write queued so far is written or given up. */
  flush(): Promise<void>;
  /** Deletes rows older than the retention period now; returns how many answers went. */
  prune(now?: Date): Promise<number>;
  /** Flushes, stops the timers and closes the connection. Safe to call twice. */
  close(): Promise<void>;
}
