/**
 * A store that fails mid-run: writes wait in the queue (never thrown at the caller), one warning
 * says so, the oldest are dropped and counted past the queue's size, and everything kept is
 * written once the database is back. PostgreSQL goes down behind a TCP relay (the server itself
 * keeps running for the other tests); SQLite is locked by another connection.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { EventEmitter, once } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createStore } from "../src/store/store.ts";
import type { Store } from "../src/store/types.ts";
import { captureLogs } from "./e2e/harness.ts";
import { answerRecord, freshStoreTarget, type StoreTarget } from "./helpers/store.ts";
import { startTcpProxy, type TcpProxy } from "./helpers/tcp-proxy.ts";

const FAILING = "store writes failing; answers still go out, writes are kept and retried";
const WAIT = { timeout: 20_000, interval: 20 };
/** Tests wait on conditions; these only keep the retries quick. One warning per hour at most. */
const QUICK = { retryMinMs: 10, retryMaxMs: 50, warnEveryMs: 3_600_000, maxPending: 5 };

let target: StoreTarget | undefined;
let proxy: TcpProxy | undefined;
let store: Store | undefined;

afterEach(async () => {
  await store?.close();
  await proxy?.close();
  await target?.cleanup();
  store = undefined;
  proxy = undefined;
  target = undefined;
});

/** Goes through a whole outage: answers recorded while the store is down are written after. */
async function outage(
  open: () => Store,
  takeDown: () => void,
  bringBack: () => void,
  logs: ReturnType<typeof captureLogs>["logs"],
  isDown: () => Promise<void> = async () => {},
) {
  const live = open();
  store = live;
  const before = answerRecord();
  live.recordAnswer(before);
  await live.flush();
  expect(live.health()).toMatchObject({ writable: true, written: 1 });

  takeDown();
  await isDown();
  const during = Array.from({ length: 8 }, () => answerRecord());
  // Recording never throws and never waits, down or not.
  for (const record of during) expect(live.recordAnswer(record)).toBeUndefined();
  await vi.waitFor(() => expect(live.health().writeErrors).toBeGreaterThanOrEqual(3), WAIT);
  expect(live.isWritable()).toBe(false);
  // Kept: the newest five (the queue's size); dropped and counted: the three oldest.
  expect(live.health()).toMatchObject({ writable: false, pending: 5, dropped: 3 });
  expect(logs.filter((line) => line.msg === FAILING)).toHaveLength(1);
  // A queued answer can still be found (a button pressed meanwhile).
  expect(await live.findAnswer(during[7]?.id ?? "")).toBeDefined();

  bringBack();
  await vi.waitFor(() => expect(live.health()).toMatchObject({ writable: true, pending: 0 }), WAIT);
  expect(logs.some((line) => line.msg === "store writable again")).toBe(true);
  for (const record of [before, ...during.slice(3)]) {
    expect(await live.findAnswer(record.id), record.id).toBeDefined();
  }
  const report = await live.report({ since: new Date(0), until: new Date(Date.now() + 60_000) });
  expect(report.answers.total).toBe(6);
}

describe("a store that fails mid-run", () => {
  it("PostgreSQL down, then back: writes resume and nothing kept is lost", async () => {
    target = await freshStoreTarget("postgres");
    const url = new URL(target.config.databaseUrl ?? "");
    const relay = await startTcpProxy(Number(url.port));
    proxy = relay;
    url.port = String(relay.port);
    const { logger, logs } = captureLogs("debug");
    const config = { ...target.config, databaseUrl: url.toString() };
    await outage(
      () => createStore(config, logger, { ...QUICK, postgresConnectTimeoutMs: 2_000 }),
      () => relay.cut(),
      () => relay.restore(),
      logs,
    );
  });

  it("SQLite locked by another process, then released: writes resume", async () => {
    target = await freshStoreTarget("sqlite");
    const { logger, logs } = captureLogs("debug");
    const config = target.config;
    let locker: ChildProcess | undefined;
    await outage(
      () => createStore(config, logger, { ...QUICK, sqliteBusyTimeoutMs: 1 }),
      () => {
        locker = holdSqliteLock(config.databasePath);
      },
      () => locker?.stdin?.end("release\n"),
      logs,
      async () => {
        const [line] = (await once(locker?.stdout ?? new EventEmitter(), "data")) as [Buffer];
        expect(line.toString()).toContain("locked");
      },
    );
    if (locker && locker.exitCode === null) await once(locker, "exit");
  });

  it("a database that is down at start-up: the bot starts, and writes go through once it is up", async () => {
    target = await freshStoreTarget("postgres");
    const url = new URL(target.config.databaseUrl ?? "");
    const relay = await startTcpProxy(Number(url.port));
    proxy = relay;
    relay.cut();
    url.port = String(relay.port);
    const { logger, logs } = captureLogs("debug");
    const live = createStore({ ...target.config, databaseUrl: url.toString() }, logger, QUICK);
    store = live;
    const record = answerRecord();
    live.recordAnswer(record);
    await vi.waitFor(
      () =>
        expect(logs.some((line) => line.msg.startsWith("store not reachable at start-up"))).toBe(
          true,
        ),
      WAIT,
    );
    expect(live.isWritable()).toBe(false);
    relay.restore();
    await vi.waitFor(
      () => expect(live.health()).toMatchObject({ writable: true, pending: 0 }),
      WAIT,
    );
    expect((await live.findAnswer(record.id))?.id).toBe(record.id);
  });
});

/** Another process that takes SQLite's write lock, says "locked", and lets go on "release". */
function holdSqliteLock(file: string): ChildProcess {
  const script = `
    const Database = require("libsql");
    const db = new Database(process.argv[1]);
    db.exec("pragma busy_timeout = 10000");
    db.exec("begin exclusive");
    process.stdout.write("locked\\n");
    process.stdin.on("data", () => { db.exec("commit"); db.close(); process.exit(0); });
  `;
  return spawn(process.execPath, ["-e", script, file], { stdio: ["pipe", "pipe", "inherit"] });
}
