/** Runs one of the project's entry points as a child process, the way a person or CI would. */
import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./paths.ts";
import { GUARD_MS } from "./wait.ts";

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const TSX = path.join(projectRoot, "node_modules/.bin/tsx");

export interface RunOptions {
  readonly input?: string;
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
}

/** Runs `tsx <script> ...args` with a clean environment (no secrets, no .env surprises). */
export function runScript(
  script: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return runCommand(TSX, [path.join(projectRoot, script), ...args], options);
}

/** Runs a command in the project folder with the same clean environment, to its end. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NO_COLOR: "1",
        ...options.env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? GUARD_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}
