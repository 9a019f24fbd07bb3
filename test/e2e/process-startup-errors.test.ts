/**
 * Start-up errors of every kind end the same way, in the compiled programs an operator runs: one
 * clear message on stderr (no stack trace, no secret) and an exit code of their own, so a
 * supervisor can tell "fix the setup" from "it crashed". A broken command module is planted in a
 * temporary copy of the build (dist/), which runs exactly as the real one.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/process/startup-error.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { projectRoot } from "../helpers/paths.ts";
import { collect, spawnEntry } from "../helpers/spawn.ts";

/** A stack trace line, as Node prints one. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

let fake: FakeDiscord;
const temporary: string[] = [];
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's build with one more command module in dist/commands/. */
function buildWithCommand(file: string, source: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "deal-bot-build-"));
  temporary.push(root);
  cpSync(path.join(projectRoot, "dist"), path.join(root, "dist"), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  symlinkSync(path.join(projectRoot, "knowledge"), path.join(root, "knowledge"), "dir");
  writeFileSync(path.join(root, "package.json"), '{ "type": "module" }\n');
  writeFileSync(path.join(root, "dist/commands", file), source);
  return root;
}

async function run(script: string, environment: Record<string, string>, root = projectRoot) {
  const child = spawnEntry(script, { LOG_LEVEL: "info", ...environment }, root);
  return collect(child, 30_000).finished;
}

const discord = () => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_CLIENT_ID: fake.world.applicationId,
  DISCORD_API_BASE_URL: fake.apiBaseUrl,
});

describe("npm run deploy-commands with a broken command module", { timeout: 120_000 }, () => {
  it("one that does not even load (a syntax error): a clear message, exit 4, no stack trace", async () => {
    const root = buildWithCommand("broken.js", "export default {\n  data: () => (\n};\n");
    const { code, stderr, stdout } = await run("src/cli/deploy-commands.ts", discord(), root);
    expect(code).toBe(EXIT_CODES.commands);
    expect(stderr).toContain(`Command module ${path.join(root, "dist/commands/broken.js")}`);
    expect(stderr).toContain("could not be loaded");
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stdout).toBe("");
  });

  it("one of the wrong shape: the message names the file and what is wrong, exit 4", async () => {
    const root = buildWithCommand("shapeless.js", "export default { data: 42 };\n");
    const { code, stderr } = await run("src/cli/deploy-commands.ts", discord(), root);
    expect(code).toBe(EXIT_CODES.commands);
    expect(stderr).toContain("shapeless.js");
    expect(stderr).toContain("data must be a function");
    expect(stderr).not.toMatch(STACK_LINE);
  });
});

describe("npm start: each kind of start-up error has its own exit code", {
  timeout: 120_000,
}, () => {
  it("a broken command module: exit 4", async () => {
    const root = buildWithCommand("broken.js", "throw new Error('fails at import');\n");
    const { code, stderr } = await run("src/main.ts", discord(), root);
    expect(code).toBe(EXIT_CODES.commands);
    expect(stderr).toContain("could not be loaded: fails at import");
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("a bad configuration: exit 2, naming the variable but not its value", async () => {
    const { code, stderr } = await run("src/main.ts", {
      ...discord(),
      SHUTDOWN_GRACE_MS: "soon-secret-ish",
    });
    expect(code).toBe(EXIT_CODES.config);
    expect(stderr).toContain("SHUTDOWN_GRACE_MS");
    expect(stderr).not.toContain("soon-secret-ish");
  });

  it("a broken knowledge folder: exit 3", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "deal-bot-no-knowledge-"));
    temporary.push(empty);
    const { code, stderr } = await run("src/main.ts", { ...discord(), KNOWLEDGE_DIR: empty });
    expect(code).toBe(EXIT_CODES.knowledge);
    expect(stderr).toContain(`Knowledge folder ${empty} is invalid`);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("Discord refusing the login: exit 5, with what to check", async () => {
    const { code, stderr } = await run("src/main.ts", {
      ...discord(),
      DISCORD_TOKEN: "not-the-right-token",
    });
    expect(code).toBe(EXIT_CODES.discordLogin);
    expect(stderr).toContain("Could not log in to Discord");
    expect(stderr).toContain("DISCORD_TOKEN");
    expect(stderr).not.toContain("not-the-right-token");
  });
});
