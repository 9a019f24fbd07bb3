/**
 * Nothing crashes the process: npm start as a real process (Claude configured) survives a stray
 * unhandled rejection, Claude overloaded, Discord REST errors and the gateway dropping, logs each,
 * keeps answering (once per question), and still shuts down cleanly.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { phrases } from "../../src/answer/shared/phrases.ts";
import { type FakeAnthropicServer, startFakeAnthropic } from "../fakes/anthropic-server.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { OVERLOADED } from "../helpers/claude-replies.ts";
import { projectRoot } from "../helpers/paths.ts";
import { collect, spawnEntry, waitForOutput } from "../helpers/spawn.ts";
import { SERVER_ERROR } from "./faults.ts";

const PRELOAD = path.join(projectRoot, "test/fixtures/preload/stray-rejection.mjs");

let fake: FakeDiscord;
let claude: FakeAnthropicServer;
beforeAll(async () => {
  fake = await startFakeDiscord();
  claude = await startFakeAnthropic();
});
afterAll(async () => {
  await fake?.close();
  await claude?.close();
});

describe("npm start under faults", { timeout: 120_000 }, () => {
  it("logs a stray rejection and Claude and Discord failures, answers on, and stops cleanly", async () => {
    const child = spawnEntry("src/main.ts", {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      ANTHROPIC_API_KEY: "sk-ant-process-test",
      ANTHROPIC_BASE_URL: claude.url,
      // Generous: every attempt gets its 529 (not a timeout) however busy the machine.
      CLAUDE_TIMEOUT_MS: "20000",
      LOG_LEVEL: "info",
      NODE_OPTIONS: `--import ${PRELOAD}`,
    });
    const run = collect(child);
    await waitForOutput(child, "Discord bot ready");
    const lines = () =>
      run
        .output()
        .stderr.split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // The bot's own process (tsx runs it as a child of its own).
    const botPid = Number(lines().find((line) => line.msg === "Discord bot ready")?.pid);

    const stray = waitForOutput(child, "unhandled promise rejection");
    process.kill(botPid, "SIGUSR2");
    await stray;

    claude.setHandler(() => OVERLOADED);
    fake.gateway.closeShard(0, 4000);
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    fake.rest.injectFailure({
      match: (call) =>
        (call.body?.message_reference as { message_id?: string } | undefined)?.message_id ===
        question.id,
      ...SERVER_ERROR,
      times: 2,
    });
    const answer = await fake.waitForReply(question);
    expect(answer.content).toContain(`-# ⚠️ ${phrases.en.claudeUnavailable}`);
    expect(fake.repliesTo(question)).toHaveLength(1);

    process.kill(botPid, "SIGTERM");
    const { code, signal } = await run.finished;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const logged = lines();
    expect(
      logged.find((line) => String(line.msg).startsWith("unhandled promise rejection")),
    ).toMatchObject({
      level: 50,
      err: { message: "a stray rejection, on purpose" },
    });
    expect(logged.some((line) => line.reason === "overloaded")).toBe(true);
    expect(fake.gateway.resumes.length).toBe(1);
  });
});
