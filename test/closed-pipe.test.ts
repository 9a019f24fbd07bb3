/**
 * `npm run eval | head`: the reader closes the pipe after its first lines. The CLI must end quietly
 * with status 0, not crash on EPIPE with a stack trace.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knowledgeDir, projectRoot } from "./helpers/paths.ts";
import { GUARD_MS } from "./helpers/wait.ts";

const TSX = path.join(projectRoot, "node_modules/.bin/tsx");

/** Runs a CLI, reads its first chunk of output, closes the pipe, and waits for the CLI to end. */
function runAndCloseEarly(
  args: readonly string[],
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, args, {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const timer = setTimeout(() => child.kill("SIGKILL"), GUARD_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

describe("a CLI whose reader closes the pipe early", () => {
  it("eval ends with status 0 and no error once its reader has gone", async () => {
    // Far more output than a pipe's buffer holds, so writes go on after the reader has closed.
    const devSet = path.join(knowledgeDir, "eval", "dev.jsonl");
    const args = [path.join(projectRoot, "src/cli/eval.ts"), ...Array(400).fill(devSet)];
    const { code, signal, stderr } = await runAndCloseEarly(args);
    expect(signal).toBeNull();
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
