/**
 * The two start-up caches (validated knowledge, built index) file an entry under the code that
 * runs, not under the code on disk when the entry is written. A process started before a change
 * on disk (a deploy under a running bot, a merge under a running test run) must not file what its
 * old code made under the new code's key: every later start would read the old result back.
 *
 * A copy of src/ is loaded by a child process; then the copy's schema and search code change on
 * disk, and only then does the child write both caches. A fresh process of the changed code must
 * find neither entry. The control, with nothing changed, must find both.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { knowledgeDir, projectRoot } from "./helpers/paths.ts";
import { runCommand } from "./helpers/run.ts";

const TSX = path.join(projectRoot, "node_modules/.bin/tsx");

/** The child: loads the copied code, then writes (after a line on stdin) or reads both caches. */
const CHILD = `
import { createInterface } from "node:readline";
const [src, validatedFile, indexFile, knowledgeDir, mode] = process.argv.slice(2);
const { openValidationCache } = await import(src + "/knowledge/validation-cache.ts");
const { openIndexCache } = await import(src + "/search/index-cache.ts");
const { loadKnowledge } = await import(src + "/knowledge/load.ts");
const knowledge = loadKnowledge(knowledgeDir, { validationCache: false });
if (mode === "write") {
  process.stdout.write("loaded\\n");
  await new Promise((resolve) => createInterface({ input: process.stdin }).once("line", resolve));
  const validation = openValidationCache(validatedFile);
  validation.set("probe", "content", { madeBy: "the code this process loaded" });
  validation.save();
  openIndexCache(indexFile, knowledge).write({ lexicon: { probe: true }, documents: [] });
  process.stdout.write("written\\n");
} else {
  const validation = openValidationCache(validatedFile);
  const index = openIndexCache(indexFile, knowledge);
  process.stdout.write(JSON.stringify({
    validated: validation.get("probe", "content") !== undefined,
    index: index.read() !== undefined,
  }) + "\\n");
}
`;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface Scratch {
  readonly root: string;
  readonly args: readonly string[];
}

function scratch(): Scratch {
  const root = mkdtempSync(path.join(tmpdir(), "deal-bot-cache-identity-"));
  roots.push(root);
  cpSync(path.join(projectRoot, "src"), path.join(root, "src"), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  writeFileSync(path.join(root, "child.mts"), CHILD);
  return {
    root,
    args: [
      path.join(root, "child.mts"),
      path.join(root, "src"),
      path.join(root, "cache", "validated.json"),
      path.join(root, "cache", "index.json"),
      knowledgeDir,
    ],
  };
}

/** Starts a writer, waits until it has loaded its code, runs `meanwhile`, then lets it write. */
async function writeAfter(scratch: Scratch, meanwhile: () => void): Promise<void> {
  const child: ChildProcessWithoutNullStreams = spawn(TSX, [...scratch.args, "write"], {
    cwd: scratch.root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const said = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stdout.includes(`${line}\n`)) resolve();
      };
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        check();
      });
      child.on("close", (code) => reject(new Error(`writer ended (${code}): ${stderr}`)));
      check();
    });
  await said("loaded");
  meanwhile();
  child.stdin.write("go\n");
  await said("written");
  child.stdin.end();
}

async function readsBack(scratch: Scratch): Promise<{ validated: boolean; index: boolean }> {
  const result = await runCommand(TSX, [...scratch.args, "read"]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim()) as { validated: boolean; index: boolean };
}

describe("the start-up caches' keys", () => {
  it("find what the same code wrote (the control)", async () => {
    const unchanged = scratch();
    await writeAfter(unchanged, () => {});
    expect(await readsBack(unchanged)).toEqual({ validated: true, index: true });
  });

  it("name the code a process loaded, not the code on disk when it writes", async () => {
    const changed = scratch();
    await writeAfter(changed, () => {
      // A deploy lands while the old process runs: the schema and the index's code change.
      appendFileSync(path.join(changed.root, "src/knowledge/schema.ts"), "\n// changed\n");
      appendFileSync(path.join(changed.root, "src/search/index-cache.ts"), "\n// changed\n");
    });
    expect(await readsBack(changed)).toEqual({ validated: false, index: false });
  });
});
