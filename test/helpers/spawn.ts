/**
 * Runs one of the project's production entry points in a child process as its npm script does:
 * the compiled JavaScript in dist/ with plain node (test/global-setup.ts builds it when stale).
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./paths.ts";
import { GUARD_MS } from "./wait.ts";

/** dist/src/main.js for src/main.ts (in the project, or in a copy of it at `root`). */
export function compiledEntry(script: string, root = projectRoot): string {
  return path.join(root, "dist", script.replace(/\.ts$/, ".js"));
}

/** The parent's environment without any configuration that could leak into a test. */
function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DISCORD_|ANTHROPIC_|CLAUDE_|LOG_LEVEL|KNOWLEDGE_DIR|MAX_QUESTION|METRICS_)/.test(key)) {
      environment[key] = value;
    }
  }
  return { ...environment, NO_COLOR: "1", ...extra };
}

export function spawnEntry(
  script: string,
  environment: Record<string, string>,
  root = projectRoot,
): ChildProcess {
  return spawn(process.execPath, [compiledEntry(script, root)], {
    cwd: root,
    env: cleanEnvironment(environment),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `npm run <script>` itself (npm, its shell, then node), as an operator or a container runs it. */
export function spawnNpmScript(script: string, environment: Record<string, string>): ChildProcess {
  return spawn("npm", ["run", "--silent", script], {
    cwd: projectRoot,
    env: cleanEnvironment(environment),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Collects a child's output and resolves when it exits (rejects after the timeout). */
export function collect(
  child: ChildProcess,
  timeoutMs = GUARD_MS,
): {
  output: () => { stdout: string; stderr: string };
  finished: Promise<Finished>;
} {
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const finished = new Promise<Finished>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`child did not exit within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      // Let the pipes drain.
      setImmediate(() => resolve({ code, signal, stdout, stderr }));
    });
  });
  return { output: () => ({ stdout, stderr }), finished };
}

/** Resolves when the child's stderr (or stdout) contains the text. */
export function waitForOutput(
  child: ChildProcess,
  text: string,
  timeoutMs = GUARD_MS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      reject(new Error(`"${text}" did not appear within ${timeoutMs} ms:\n${seen}`));
    }, timeoutMs);
    const onData = (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (!seen.includes(text)) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", () => {
      if (seen.includes(text)) return;
      clearTimeout(timer);
      reject(new Error(`exited before "${text}" appeared:\n${seen}`));
    });
  });
}

/**
 * The pid of the entry's own process, from the first JSON log line whose msg is `msg` (tsx runs
 * the script as a child of its own, so `child.pid` is tsx's).
 */
export function entryPid(stderr: string, msg = "Discord bot ready"): number {
  for (const line of stderr.split("\n")) {
    if (!line.startsWith("{")) continue;
    const parsed = JSON.parse(line) as { msg?: unknown; pid?: unknown };
    if (parsed.msg === msg && typeof parsed.pid === "number") return parsed.pid;
  }
  throw new Error(`no log line "${msg}" with a pid yet:\n${stderr}`);
}

/**
 * Sends a signal to the entry's own process, as a supervisor stopping the service does. Not to
 * tsx: tsx relays a signal to its child and gives it 30 ms to say it took it, then kills it
 * (exit 143), which a busy machine can miss.
 */
export function signalEntry(
  stderr: string,
  signal: NodeJS.Signals = "SIGTERM",
  msg = "Discord bot ready",
): void {
  process.kill(entryPid(stderr, msg), signal);
}
