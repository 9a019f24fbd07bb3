/**
 * The layering rules in biome.json really hold: `npm run lint` (biome check) fails on a planted
 * discord.js import in the core, on src/ importing test/ or bench/ or a dev dependency, and on an
 * import cycle, naming the rule; a clean file passes. Each case is planted in a scratch copy of
 * the project's layout (with the project's own biome.json), never in src/.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./helpers/paths.ts";
import { GUARD_MS } from "./helpers/wait.ts";

const BIOME = path.join(projectRoot, "node_modules/.bin/biome");

interface Diagnostic {
  readonly category: string;
  readonly message: string;
  readonly location: { readonly path: string };
}

interface LintResult {
  readonly code: number;
  readonly diagnostics: Diagnostic[];
}

/** Writes `files` (path → content) under a scratch project with our biome.json and lints it. */
async function lint(files: Record<string, string>): Promise<LintResult> {
  const root = mkdtempSync(path.join(tmpdir(), "deal-bot-lint-"));
  try {
    copyFileSync(path.join(projectRoot, "biome.json"), path.join(root, "biome.json"));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    // What `npm run lint` runs (biome check .); the scratch copy is no git repository.
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        BIOME,
        ["check", "--vcs-enabled=false", "--reporter=json", "."],
        { cwd: root, timeout: GUARD_MS },
        (error, out) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
      );
    });
    const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { diagnostics: Diagnostic[] };
    return { code, diagnostics: report.diagnostics };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rulesIn = (result: LintResult) =>
  result.diagnostics.map((diagnostic) => [diagnostic.location.path, diagnostic.category]);

describe("npm run lint enforces the layering", () => {
  it("passes a clean core file (the control)", async () => {
    const result = await lint({
      "src/search/planted.ts":
        'import path from "node:path";\n\nexport const base = path.basename;\n',
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("fails on discord.js imported in src/search", async () => {
    const result = await lint({
      "src/search/planted.ts":
        'import { Client } from "discord.js";\n\nexport const client = Client;\n',
    });
    expect(result.code).not.toBe(0);
    expect(rulesIn(result)).toEqual([["src/search/planted.ts", "lint/style/noRestrictedImports"]]);
    expect(result.diagnostics[0]?.message).toContain("never imports discord.js");
  });

  it("fails on Discord code of our own imported in src/answer", async () => {
    const result = await lint({
      "src/answer/planted.ts":
        'import { deferReply } from "../discord/respond.ts";\n\nexport const defer = deferReply;\n',
    });
    expect(result.code).not.toBe(0);
    expect(rulesIn(result)).toEqual([["src/answer/planted.ts", "lint/style/noRestrictedImports"]]);
  });

  it.each([
    ["test/", 'import { startFakeDiscord } from "../../test/fakes/discord-fake.ts";'],
    ["bench/", 'import { startFakeDiscord } from "../../bench/run.ts";'],
    ["a dev dependency", 'import { startFakeDiscord } from "ws";'],
  ])("fails on %s imported in src/", async (_what, importLine) => {
    const result = await lint({
      "src/discord/planted.ts": `${importLine}\n\nexport const start = startFakeDiscord;\n`,
    });
    expect(result.code).not.toBe(0);
    expect(rulesIn(result)).toEqual([["src/discord/planted.ts", "lint/style/noRestrictedImports"]]);
  });

  it("fails on an import cycle", async () => {
    const result = await lint({
      "src/answer/a.ts": 'import { b } from "./b.ts";\n\nexport const a = () => b;\n',
      "src/answer/b.ts": 'import { a } from "./a.ts";\n\nexport const b = () => a;\n',
    });
    expect(result.code).not.toBe(0);
    expect(rulesIn(result)).toEqual([
      ["src/answer/a.ts", "lint/suspicious/noImportCycles"],
      ["src/answer/b.ts", "lint/suspicious/noImportCycles"],
    ]);
  });
});
