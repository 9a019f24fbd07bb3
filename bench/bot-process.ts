/**
 * The bot as its own process (what `npm start` runs: node with the compiled dist/, so the pid is
 * the bot's), against fakes that live in the bench's process: the bot's memory is measured apart from
 * theirs, and the bot and the fakes get a core each, as they would on separate machines.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate, heapSnapshot, type MemoryAfterGc, memoryAfterGc } from "./inspector.ts";
import { residentSetSize } from "./process-tree.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const READY_LINE = "Discord bot ready";

export interface BotProcess {
  readonly pid: number;
  /** The process's resident set size in bytes (Linux /proc), or undefined if unknown. */
  rss(): number | undefined;
  /** Heap used and RSS right after a full garbage collection (through the inspector). */
  memoryAfterGc(): Promise<MemoryAfterGc>;
  /** Writes a heap snapshot of the bot to a file (for comparing in DevTools). */
  heapSnapshot(file: string): Promise<void>;
  /** Evaluates an expression inside the bot (through the inspector) and returns its value. */
  evaluate(expression: string): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startBotProcess(
  environment: Readonly<Record<string, string>>,
  readyTimeoutMs = 120_000,
): Promise<BotProcess> {
  const child = spawn(
    process.execPath,
    [
      // Loopback only, a random port: the bench asks it for a collection before measuring.
      "--inspect=127.0.0.1:0",
      // What `npm start` runs: the compiled bot (bench/run.ts builds it when stale).
      path.join(projectRoot, "dist/src/main.js"),
    ],
    {
      cwd: projectRoot,
      env: { ...unsetConfiguration(), NO_COLOR: "1", LOG_LEVEL: "info", ...environment },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const output = await waitForReady(child, readyTimeoutMs);
  const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
  // Keep draining the log so the bot never blocks on a full pipe; BENCH_BOT_LOG=file keeps it.
  const logFile = process.env.BENCH_BOT_LOG;
  if (logFile) child.stderr?.pipe(createWriteStream(logFile, { flags: "a" }));
  else child.stderr?.resume();
  const pid = child.pid ?? 0;
  return {
    pid,
    rss: () => residentSetSize(pid),
    memoryAfterGc: () => {
      if (!inspectorUrl) return Promise.reject(new Error("the bot's inspector did not start"));
      return memoryAfterGc(inspectorUrl);
    },
    heapSnapshot: (file) => {
      if (!inspectorUrl) return Promise.reject(new Error("the bot's inspector did not start"));
      return heapSnapshot(inspectorUrl, file);
    },
    evaluate: (expression) => {
      if (!inspectorUrl) return Promise.reject(new Error("the bot's inspector did not start"));
      return evaluate(inspectorUrl, expression);
    },
    stop: () => stop(child),
  };
}

/** Resolves with what the child wrote until it was ready. */
function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => fail(`no "${READY_LINE}" within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes(READY_LINE)) return;
      cleanup();
      resolve(seen);
    };
    const onExit = () => fail("the bot exited before it was ready");
    const fail = (why: string) => {
      cleanup();
      child.kill("SIGKILL");
      reject(new Error(`${why}:\n${seen}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    };
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Every documented variable set to empty ("not set"): neither the bench's environment nor a .env
 * file in the project (which the bot reads for variables not already set) changes what runs, such
 * as an API key turning the deterministic runs into Claude ones.
 */
export function unsetConfiguration(): Record<string, string> {
  const example = readFileSync(path.join(projectRoot, ".env.example"), "utf8");
  const names = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] as string);
  return Object.fromEntries(names.map((name) => [name, ""]));
}
