/**
 * createStore(): the Store over SQLite or PostgreSQL. At start it applies the migrations and
 * loads the user-hashing key (retrying in the background while the database is unreachable);
 * writes go through a queue (see write-queue.ts); old rows are pruned once a day.
 */
import { type Kysely, Migrator, sql } from "kysely";
import type { StoreConfig } from "../config.ts";
import type { Logger } from "../log.ts";
import { type ConnectOptions, connect, type Dialect } from "./connect.ts";
import { migrationProvider } from "./migrations/index.ts";
import { buildReport } from "./report.ts";
import {
  answerRow,
  type RowOptions,
  refusalRow,
  storedFromRecord,
  storedFromRow,
  voteRow,
  type Write,
} from "./rows.ts";
import type { Database } from "./schema.ts";
import type { Store, StoreHealth } from "./types.ts";
import { loadHashKey } from "./user-hash.ts";
import { WriteQueue } from "./write-queue.ts";

export type * from "./report-types.ts";
export type * from "./types.ts";

const DAY_MS = 24 * 60 * 60 * 1_000;
/** Rows per INSERT statement (well under both dialects' parameter limits). */
const ROWS_PER_STATEMENT = 200;

export interface StoreOptions extends ConnectOptions {
  /** Wait before writing a batch (default: SQLite 0, i.e. the next turn; PostgreSQL 100 ms). */
  readonly batchDelayMs?: number;
  /** Writes kept while the database is down; past it the oldest are dropped (default 10,000). */
  readonly maxPending?: number;
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  /** At most one warning per this many ms while the store fails (default a minute). */
  readonly warnEveryMs?: number;
  /** How often old rows are pruned (default daily). */
  readonly pruneEveryMs?: number;
  readonly now?: () => Date;
}

export function createStore(
  config: StoreConfig,
  logger: Logger,
  options: StoreOptions = {},
): Store {
  const log = logger.child({ component: "store" });
  const { dialect, db } = connect(config, log, options);
  const now = options.now ?? (() => new Date());
  let closed = false;
  let ready: Promise<RowOptions> | undefined;
  let readyDone = false;
  let startupFailing = false;
  let startupTimer: NodeJS.Timeout | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;

  const ensureReady = (): Promise<RowOptions> => {
    ready ??= (async () => {
      await migrate(db, dialect);
      const hashKey = await loadHashKey(db, config.secret);
      readyDone = true;
      if (startupFailing) log.info("store reachable again");
      startupFailing = false;
      return { hashKey, questionText: config.questionText };
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  const queue = new WriteQueue<Write>({
    write: async (batch) => writeBatch(db, await ensureReady(), batch),
    logger: log,
    batchDelayMs: options.batchDelayMs ?? (dialect === "sqlite" ? 0 : 100),
    maxBatch: 1_000,
    maxPending: options.maxPending ?? 10_000,
    ...(options.retryMinMs !== undefined ? { retryMinMs: options.retryMinMs } : {}),
    ...(options.retryMaxMs !== undefined ? { retryMaxMs: options.retryMaxMs } : {}),
    ...(options.warnEveryMs !== undefined ? { warnEveryMs: options.warnEveryMs } : {}),
  });

  const prune = async (at = now()): Promise<number> => {
    if (config.retentionDays === 0) return 0;
    await ensureReady();
    const cutoff = at.getTime() - config.retentionDays * DAY_MS;
    const deleted = await db.transaction().execute(async (trx) => {
      const answers = await trx.deleteFrom("answers").where("created_at", "<", cutoff).execute();
      await trx.deleteFrom("refusals").where("created_at", "<", cutoff).execute();
      await trx.deleteFrom("votes").where("created_at", "<", cutoff).execute();
      return Number(answers[0]?.numDeletedRows ?? 0);
    });
    if (deleted > 0)
      log.info({ deleted, retentionDays: config.retentionDays }, "old answers pruned");
    return deleted;
  };

  const schedulePrune = () => {
    if (config.retentionDays === 0 || closed) return;
    pruneTimer = setInterval(() => {
      prune().catch((error) => log.warn({ err: error }, "pruning old answers failed"));
    }, options.pruneEveryMs ?? DAY_MS);
    pruneTimer.unref();
  };

  // Start now, so the file (or the schema) exists from the first start, and report early if the
  // database cannot be reached; answers go out meanwhile and writes wait in the queue.
  let startupDelayMs = options.retryMinMs ?? 1_000;
  let starting: Promise<void> = Promise.resolve();
  const start = () => {
    startupTimer = undefined;
    starting = ensureReady()
      .then(() => {
        log.debug({ dialect }, "store ready");
        return prune().catch((error) => log.warn({ err: error }, "pruning old answers failed"));
      })
      .then(schedulePrune, (error: unknown) => {
        if (closed) return;
        if (!startupFailing) {
          log.warn(
            { err: error, dialect },
            "store not reachable at start-up; answering anyway, retrying",
          );
        }
        startupFailing = true;
        startupTimer = setTimeout(start, startupDelayMs);
        startupTimer.unref();
        startupDelayMs = Math.min(startupDelayMs * 2, options.retryMaxMs ?? 30_000);
      });
  };
  start();

  const queued = (write: Write) => {
    try {
      queue.push(write);
    } catch (error) {
      // Never let the store break an answer.
      log.error({ err: error }, "could not queue a store write");
    }
  };

  const health = (): StoreHealth => {
    const counts = queue.counts();
    const writable = readyDone && !counts.failing && !startupFailing;
    return {
      dialect,
      writable,
      pending: counts.pending,
      dropped: counts.dropped,
      writeErrors: counts.writeErrors,
      written: counts.written,
      ...(counts.lastError !== undefined ? { lastError: counts.lastError } : {}),
    };
  };

  return {
    dialect,
    recordAnswer: (record) => queued({ kind: "answer", record }),
    recordRefusal: (record) => queued({ kind: "refusal", record }),
    recordVote: (record) => queued({ kind: "vote", record }),
    async findAnswer(id) {
      const pending = queue
        .pendingItems()
        .find((write) => write.kind === "answer" && write.record.id === id);
      if (pending?.kind === "answer") return storedFromRecord(pending.record, config.questionText);
      await ensureReady();
      const row = await db
        .selectFrom("answers")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? storedFromRow(row) : undefined;
    },
    async report(range, reportOptions = {}) {
      await ensureReady();
      return buildReport(db, range, { ...reportOptions, questionText: config.questionText });
    },
    isWritable: () => health().writable,
    health,
    flush: () => queue.flush(),
    prune,
    async close() {
      if (closed) return;
      closed = true;
      if (startupTimer) clearTimeout(startupTimer);
      if (pruneTimer) clearInterval(pruneTimer);
      await queue.close();
      await starting;
      try {
        // Wait for the queries still running (a report, a prune) before closing under them.
        await db.connection().execute(async () => {});
      } catch {
        // The database is unreachable: nothing is running on it either.
      }
      await db.destroy().catch((error) => log.warn({ err: error }, "closing the store failed"));
    },
  };
}

/**
 * Applies every migration not yet applied; throws the first error. PostgreSQL: Kysely holds an
 * advisory lock in a transaction. SQLite: Kysely takes no lock (one connection per process), so
 * the whole run is one BEGIN IMMEDIATE transaction: bots on one file migrate one at a time.
 */
export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const run = async (target: Kysely<Database>) => {
    const { error } = await new Migrator({
      db: target,
      provider: migrationProvider,
    }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
  };
  if (dialect === "postgres") return run(db);
  await db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      await run(connection);
      await sql`commit`.execute(connection);
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => {});
      throw error;
    }
  });
}

/** One transaction per batch: answers and refusals inserted, votes upserted (last one counts). */
async function writeBatch(
  db: Kysely<Database>,
  options: RowOptions,
  batch: readonly Write[],
): Promise<void> {
  const answers: ReturnType<typeof answerRow>[] = [];
  const refusals: ReturnType<typeof refusalRow>[] = [];
  // One row per (answer, user): PostgreSQL refuses an upsert that touches a row twice.
  const votes = new Map<string, ReturnType<typeof voteRow>>();
  for (const write of batch) {
    if (write.kind === "answer") answers.push(answerRow(write.record, options));
    else if (write.kind === "refusal") refusals.push(refusalRow(write.record, options));
    else {
      const row = voteRow(write.record, options);
      votes.set(`${row.answer_id} ${row.user_hash}`, row);
    }
  }
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(answers)) {
      await trx
        .insertInto("answers")
        .values(rows)
        .onConflict((conflict) => conflict.column("id").doNothing())
        .execute();
    }
    for (const rows of chunks(refusals)) {
      await trx
        .insertInto("refusals")
        .values(rows)
        .onConflict((conflict) => conflict.column("id").doNothing())
        .execute();
    }
    for (const rows of chunks([...votes.values()])) {
      await trx
        .insertInto("votes")
        .values(rows)
        .onConflict((conflict) =>
          conflict.columns(["answer_id", "user_hash"]).doUpdateSet((eb) => ({
            vote: eb.ref("excluded.vote"),
            created_at: eb.ref("excluded.created_at"),
          })),
        )
        .execute();
    }
  });
}

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    result.push(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
  return result;
}
