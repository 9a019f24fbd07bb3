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

describe("npm start with DISCORD_TOKEN", () => {
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

  it("exits 1 with a clear message when Discord rejects the token", async () => {
    const child = spawnEntry("src/main.ts", {
      DISCORD_TOKEN: "not-the-right-token",
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      LOG_LEVEL: "info",
    });
    const { code, stderr } = await collect(child).finished;
    expect(code).toBe(1);
    expect(stderr).toContain("Could not log in to Discord");
    expect(stderr).toContain("DISCORD_TOKEN");
    expect(stderr).not.toContain("not-the-right-token");
  });
});
