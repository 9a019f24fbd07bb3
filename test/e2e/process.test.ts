/**
 * npm start as a real process: it logs in to the fake Discord, answers, and on SIGTERM closes the
 * gateway connection, flushes its logs and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { collect, signalEntry, spawnEntry, waitForOutput } from "../helpers/spawn.ts";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

/** `npm start` with the fake's token, once its "ready" line is out. */
async function startReadyBot() {
  const child = spawnEntry("src/main.ts", {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE_URL: fake.apiBaseUrl,
    LOG_LEVEL: "info",
  });
  const run = collect(child);
  await waitForOutput(child, "Discord bot ready");
  return { child, run };
}

describe("npm start with DISCORD_TOKEN", { timeout: 120_000 }, () => {
  it("starts, answers a mention, and shuts down cleanly on SIGTERM", async () => {
    const { run } = await startReadyBot();
    const ready = JSON.parse(
      run
        .output()
        .stderr.split("\n")
        .find((line) => line.includes("Discord bot ready")) ?? "{}",
    );
    expect(ready).toMatchObject({ guilds: 1, answerMode: "fallback", model: "none" });
    expect(ready.tag).toContain(fake.bot.username);

    const question = fake.say(`${fake.botMention} How much is Microsoft investing?`);
    expect((await fake.waitForReply(question)).content).toContain("$5 billion");

    // It exits by itself (collect() would kill it and fail after a long guard), with 0.
    signalEntry(run.output().stderr, "SIGTERM");
    const { code, signal, stderr } = await run.finished;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stderr).toContain('"msg":"shutting down"');
    expect(stderr).toContain('"msg":"stopped"');
    expect(stderr).not.toContain(fake.token);
    expect(fake.gateway.readyShards).toEqual([]);
  });

  it("exits 1, so a supervisor restarts it, when Discord closes the gateway for good", async () => {
    const { run } = await startReadyBot();
    // 4004 (authentication failed) cannot be resumed or retried: discord.js gives up.
    fake.gateway.closeShard(0, 4004);
    const { code, stderr } = await run.finished;
    expect(code).toBe(1);
    expect(stderr).toContain('"signal":"gateway-lost"');
    expect(stderr).toContain('"msg":"stopped"');
  });

  it("4014 (disallowed intents): the fatal line names the privileged intent and where to enable it", async () => {
    const { run } = await startReadyBot();
    fake.gateway.closeShard(0, 4014);
    const { code, stderr } = await run.finished;
    expect(code).toBe(1);
    const fatal = logLines(stderr).filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toContain("Message Content");
    expect(fatal[0]?.msg).toContain("Bot -> Privileged Gateway Intents");
    expect(fatal[0]?.msg).not.toContain("Check DISCORD_TOKEN");
  });

  it("a REST 401 with the bot token (token reset): one fatal line naming DISCORD_TOKEN, exit 1", async () => {
    const { run } = await startReadyBot();
    const question = fake.say(`${fake.botMention} How much is Microsoft investing?`);
    fake.rest.injectFailure({
      match: (call) =>
        (call.body?.message_reference as { message_id?: string } | undefined)?.message_id ===
        question.id,
      status: 401,
      json: { message: "401: Unauthorized", code: 0 },
    });
    const { code, stderr } = await run.finished;
    expect(code).toBe(1);
    const fatal = logLines(stderr).filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ status: 401, route: "/api/v10/channels/:id/messages" });
    expect(fatal[0]?.msg).toContain("Discord rejected DISCORD_TOKEN (401)");
    expect(logLines(stderr).find((line) => line.msg === "shutting down")).toMatchObject({
      signal: "token-rejected",
    });
    expect(stderr).not.toContain(fake.token);
  });
});

describe("npm start that cannot finish logging in", { timeout: 120_000 }, () => {
  it("still stops on SIGTERM (no orphan left trying forever)", async () => {
    const refusing = await startFakeDiscord();
    try {
      refusing.gateway.refuseWith = 4000;
      const child = spawnEntry("src/main.ts", {
        DISCORD_TOKEN: refusing.token,
        DISCORD_API_BASE_URL: refusing.apiBaseUrl,
        LOG_LEVEL: "debug",
      });
      const run = collect(child, 60_000);
      // discord.js keeps reconnecting: the gateway refuses every connection.
      await waitForOutput(child, "reconnect attempt 2");
      child.kill("SIGTERM");
      const { code, signal, stderr } = await run.finished;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(stderr).toContain("stop requested while starting");
    } finally {
      await refusing.close();
    }
  });
});

function logLines(stderr: string): { level: number; msg: string; [field: string]: unknown }[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}
