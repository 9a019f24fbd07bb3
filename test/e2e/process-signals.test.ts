/**
 * Signals stop every process of the bot, whichever pid gets them: `npm start`'s (what docker stop,
 * supervisord and systemd with KillMode=process signal), the node process's, or the sharding
 * manager's. A bot whose parent is killed outright (npm, or the manager) stops too, instead of
 * answering on beside the next one. Each test waits until no process of the tree is left.
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { spawnNpmScript } from "../helpers/spawn.ts";
import type { LogLine } from "./harness.ts";

/** Starting and stopping real processes takes long on a busy machine: a generous last guard. */
const PROCESS_TEST_TIMEOUT = { timeout: 240_000 };
/** The same for one wait inside a test (three processes start one after another). */
const WAIT_GUARD_MS = 100_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Whether the process exists and is not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Resolves once none of the processes is left (rejects after a generous last guard). */
async function allGone(pids: readonly number[], timeoutMs = WAIT_GUARD_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isAlive)) {
    if (Date.now() > deadline) {
      throw new Error(`still running: ${pids.filter(isAlive).join(", ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Running {
  readonly npm: ChildProcess;
  readonly logs: LogLine[];
  /** Resolves with the log lines matching, once there are `count` of them. */
  waitForLogs(predicate: (line: LogLine) => boolean, count?: number): Promise<LogLine[]>;
}

/** `npm run <script>` against the fake; its JSON log lines (the bot writes through npm's pipes). */
function startNpm(script: string, fake: FakeDiscord): Running {
  const npm = spawnNpmScript(script, {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE_URL: fake.apiBaseUrl,
    LOG_LEVEL: "info",
    SHUTDOWN_GRACE_MS: "2000",
  });
  const logs: LogLine[] = [];
  const waiters = new Set<() => void>();
  let partial = "";
  const onData = (chunk: Buffer) => {
    partial += chunk.toString("utf8");
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("{")) logs.push(JSON.parse(line) as LogLine);
    }
    for (const wake of waiters) wake();
  };
  npm.stdout?.on("data", onData);
  npm.stderr?.on("data", onData);
  cleanups.push(() => {
    // Nothing may outlive a failed test.
    for (const pid of [npm.pid, ...logs.map((line) => Number(line.pid))]) {
      if (pid && isAlive(pid)) process.kill(pid, "SIGKILL");
    }
  });
  const waitForLogs = (predicate: (line: LogLine) => boolean, count = 1) =>
    new Promise<LogLine[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`fewer than ${count} matching log lines:\n${JSON.stringify(logs)}`));
      }, WAIT_GUARD_MS);
      const check = () => {
        const found = logs.filter(predicate);
        if (found.length < count) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  return { npm, logs, waitForLogs };
}

const isReady = (line: LogLine) => line.msg === "Discord bot ready";

async function fakeDiscord(shardCount = 1): Promise<FakeDiscord> {
  const fake = await startFakeDiscord({ guilds: 2 * shardCount, shardCount, maxConcurrency: 16 });
  cleanups.push(() => fake.close());
  return fake;
}

describe("npm start", PROCESS_TEST_TIMEOUT, () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} to npm's pid stops the bot: no process is left, the bot exits 0`, async () => {
      const fake = await fakeDiscord();
      const { npm, waitForLogs } = startNpm("start", fake);
      const [ready] = await waitForLogs(isReady);
      const botPid = Number(ready?.pid);
      expect(botPid).not.toBe(npm.pid);

      const stopped = waitForLogs((line) => line.msg === "stopped");
      npm.kill(signal);
      await allGone([npm.pid ?? 0, botPid]);
      const [last] = await stopped;
      expect(last).toMatchObject({ pid: botPid, exitCode: 0 });
      expect(fake.gateway.readyShards).toEqual([]);
    });
  }

  it("npm killed outright (SIGKILL): the orphaned bot notices and stops", async () => {
    const fake = await fakeDiscord();
    const { npm, waitForLogs } = startNpm("start", fake);
    const [ready] = await waitForLogs(isReady);
    const botPid = Number(ready?.pid);

    npm.kill("SIGKILL");
    const [shuttingDown] = await waitForLogs((line) => line.msg === "shutting down");
    expect(shuttingDown).toMatchObject({ pid: botPid, signal: "parent-exited" });
    await allGone([botPid]);
  });
});

describe("npm run start:sharded", PROCESS_TEST_TIMEOUT, () => {
  async function startSharded() {
    const fake = await fakeDiscord(2);
    const running = startNpm("start:sharded", fake);
    const readyLines = await running.waitForLogs(isReady, 2);
    const [managerLine] = await running.waitForLogs((line) => line.msg === "starting shards");
    const shardPids = readyLines.map((line) => Number(line.pid));
    const managerPid = Number(managerLine?.pid);
    expect(new Set([managerPid, ...shardPids]).size).toBe(3);
    return { fake, ...running, managerPid, shardPids };
  }

  it("SIGTERM to the manager's pid stops the manager and every shard process", async () => {
    const { npm, managerPid, shardPids, waitForLogs } = await startSharded();
    process.kill(managerPid, "SIGTERM");
    await allGone([npm.pid ?? 0, managerPid, ...shardPids]);
    const stopped = await waitForLogs((line) => line.msg === "stopped", 3);
    expect(stopped.map((line) => line.pid).sort()).toEqual([managerPid, ...shardPids].sort());
  });

  it("the manager killed outright (SIGKILL): its shard processes stop with it", async () => {
    const { managerPid, shardPids, waitForLogs } = await startSharded();
    process.kill(managerPid, "SIGKILL");
    const shuttingDown = await waitForLogs((line) => line.msg === "shutting down", 2);
    expect(shuttingDown.map((line) => line.signal)).toEqual(["manager-gone", "manager-gone"]);
    await allGone(shardPids);
  });
});
