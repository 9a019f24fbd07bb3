/**
 * One Kysely instance over SQLite (libsql, embedded; the default) or PostgreSQL (pg, when
 * DATABASE_URL is set). Nothing is opened here: the first query opens the file or the pool, and
 * an open that fails is tried again by the next query, so a store that is down at start-up
 * comes up by itself later.
 */
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import type { Pool } from "pg";
import type { StoreConfig } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

export interface Connection {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
}

export interface ConnectOptions {
  /** How long an SQLite write waits for another process's lock (it blocks the thread meanwhile). */
  readonly sqliteBusyTimeoutMs?: number;
  /** How long to wait for a PostgreSQL connection before the write is retried later. */
  readonly postgresConnectTimeoutMs?: number;
}

export function connect(
  config: Pick<StoreConfig, "databasePath" | "databaseUrl">,
  logger: Logger,
  options: ConnectOptions = {},
): Connection {
  if (config.databaseUrl !== undefined) {
    return { dialect: "postgres", db: postgres(config.databaseUrl, logger, options) };
  }
  return { dialect: "sqlite", db: sqlite(config.databasePath, options) };
}

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), so two processes writing
 * one file wait for each other (busy_timeout) instead of failing half-way with "database is
 * locked" when a read lock cannot be upgraded.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

function sqlite(file: string, options: ConnectOptions): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({
      database: async () => {
        createPrivateFile(file);
        // libsql has better-sqlite3's API, with its binary shipped in npm packages (no compiling).
        const { default: Sqlite } = await import("libsql");
        return new Sqlite(file) as unknown as SqliteDatabase;
      },
      onCreateConnection: async (connection) => {
        // WAL: readers (npm run report) never block the bot's writes, and commits are cheap.
        // First, so that the statements below wait for another process's lock too.
        const busyMs = Math.round(options.sqliteBusyTimeoutMs ?? 1_000);
        await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${busyMs}`));
        await connection.executeQuery(CompiledQuery.raw("pragma journal_mode = wal"));
        await connection.executeQuery(CompiledQuery.raw("pragma synchronous = normal"));
      },
    }),
  });
}

/** Creates the folder and an empty file readable by the owner only (SQLite copies the mode). */
function createPrivateFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

function postgres(url: string, logger: Logger, options: ConnectOptions): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: () => openPool(url, logger, options) }),
  });
}

async function openPool(url: string, logger: Logger, options: ConnectOptions): Promise<Pool> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: options.postgresConnectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    // A write that hangs (a server that stopped answering) is given up and retried.
    query_timeout: 15_000,
  });
  // A connection the server or the network closed (restart, failover) must not crash the bot:
  // idle ones report to the pool; one in use emits on itself, where nothing else listens (the
  // query it ran fails on its own, and the write is retried).
  pool.on("error", (error) => logger.debug({ err: error }, "idle PostgreSQL connection lost"));
  pool.on("connect", (client) => {
    client.on("error", (error) => logger.debug({ err: error }, "PostgreSQL connection lost"));
  });
  return pool;
}
