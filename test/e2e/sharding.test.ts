/**
 * Sharding against the fake gateway, whose guilds spread over shards by Discord's rule and whose
 * dispatches go to the shard that owns the guild:
 * - two hosts, each running its range (DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT), each answer
 *   their own guild and only it;
 * - one process with shard count auto runs every shard the gateway recommends;
 * - npm run start:sharded starts one process per shard (auto), each answers its own guild, and
 *   SIGTERM stops them all.
 */
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordBot, type DiscordBot } from "../../src/discord/bot.ts";
import { createRuntime } from "../../src/runtime.ts";
import { type FakeDiscord, type FakeMessage, startFakeDiscord } from "../fakes/discord-fake.ts";
import type { FakeGuild } from "../fakes/discord-state.ts";
import { collect, signalEntry, spawnEntry } from "../helpers/spawn.ts";
import { expectNoPings } from "./expectations.ts";
import { captureLogs, type LogLine } from "./harness.ts";

const QUESTION = "How much is Microsoft investing?";

interface RunningBot {
  readonly bot: DiscordBot;
  readonly logs: LogLine[];
  /** Resolves once this many questions were answered (the log line follows the reply). */
  answered(count: number): Promise<unknown[]>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startFake(shardCount: number): Promise<FakeDiscord> {
  // max_concurrency 16: shards may identify together, so the manager need not wait 5.5 s.
  const fake = await startFakeDiscord({ guilds: 2 * shardCount, shardCount, maxConcurrency: 16 });
  cleanups.push(() => fake.close());
  return fake;
}

async function startBot(
  fake: FakeDiscord,
  environment: Record<string, string>,
): Promise<RunningBot> {
  const { logger, logs, logged } = captureLogs("info");
  const runtime = createRuntime({
    environment: {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      ...environment,
    },
    logger,
  });
  const bot = await createDiscordBot(runtime);
  cleanups.push(async () => {
    await bot.stop();
  });
  const answered = async (count: number) => {
    while (answeredGuilds(logs).length < count) await once(logged, "line");
    return answeredGuilds(logs);
  };
  return { bot, logs, answered };
}

function guildOfShard(fake: FakeDiscord, shardId: number, shardCount: number): FakeGuild {
  const guild = fake.world.guildsOfShard(shardId, shardCount)[0];
  if (!guild) throw new Error(`the fake has no guild on shard ${shardId}`);
  return guild;
}

async function askIn(fake: FakeDiscord, guild: FakeGuild): Promise<FakeMessage> {
  const question = fake.say(`${fake.botMention} ${QUESTION}`, { channel: guild.channels[0] });
  const reply = await fake.waitForReply(question);
  expect(reply.content).toContain("$5 billion");
  return question;
}

function answeredGuilds(logs: readonly LogLine[]): unknown[] {
  return logs.filter((line) => line.msg === "question answered").map((line) => line.guildId);
}

describe("a bot sharded over two hosts (DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT)", () => {
  it("runs only its range on each host, and each host answers its own guilds", async () => {
    const fake = await startFake(2);
    const hostA = await startBot(fake, { DISCORD_SHARD_COUNT: "2", DISCORD_SHARD_IDS: "0" });
    const hostB = await startBot(fake, { DISCORD_SHARD_COUNT: "2", DISCORD_SHARD_IDS: "1" });
    expect(fake.gateway.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const guildA = guildOfShard(fake, 0, 2);
    const guildB = guildOfShard(fake, 1, 2);
    expect([...hostA.bot.client.guilds.cache.keys()].sort()).toEqual(
      fake.world
        .guildsOfShard(0, 2)
        .map((guild) => guild.id)
        .sort(),
    );
    expect(hostB.bot.client.guilds.cache.has(guildA.id)).toBe(false);

    await askIn(fake, guildA);
    await askIn(fake, guildB);
    expect(await hostA.answered(1)).toEqual([guildA.id]);
    expect(await hostB.answered(1)).toEqual([guildB.id]);
    expect(hostA.logs.find((line) => line.msg === "Discord bot ready")).toMatchObject({
      shards: [0],
      shardCount: 2,
    });
    expectNoPings(fake);
  });
});

describe("one process with the shard count on auto", () => {
  it("runs every shard the gateway recommends and answers in all of them", async () => {
    const fake = await startFake(2);
    const { bot, logs, answered } = await startBot(fake, {});
    expect(bot.client.guilds.cache.size).toBe(4);
    expect(logs.find((line) => line.msg === "Discord bot ready")).toMatchObject({
      shards: [0, 1],
      shardCount: 2,
    });
    const guilds = [guildOfShard(fake, 0, 2), guildOfShard(fake, 1, 2)];
    for (const guild of guilds) await askIn(fake, guild);
    expect(await answered(2)).toEqual(guilds.map((guild) => guild.id));
  });
});

// Three real processes on a busy machine: a generous last guard.
describe("npm run start:sharded", { timeout: 120_000 }, () => {
  it("starts one process per recommended shard; each answers its own guild; SIGTERM stops all", async () => {
    const fake = await startFake(2);
    const child = spawnEntry("src/main-sharded.ts", {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      LOG_LEVEL: "info",
    });
    const run = collect(child, 300_000);
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    await fake.waitForShards(2);
    const guilds = [guildOfShard(fake, 0, 2), guildOfShard(fake, 1, 2)];
    for (const guild of guilds) await askIn(fake, guild);
    // The log line follows the reply; stop only once both are written.
    await new Promise<void>((resolve) => {
      const check = () => {
        if (run.output().stderr.split('"msg":"question answered"').length <= guilds.length) return;
        child.stderr?.off("data", check);
        resolve();
      };
      child.stderr?.on("data", check);
      check();
    });

    signalEntry(run.output().stderr, "SIGTERM", "starting shards");
    const { code, stderr } = await run.finished;
    expect(code).toBe(0);
    const lines = stderr
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogLine);
    const managerPid = lines.find((line) => line.msg === "starting shards")?.pid;
    const readyPids = new Map(
      lines
        .filter((line) => line.msg === "Discord bot ready")
        .map((line) => [(line.shards as number[])[0], line.pid]),
    );
    expect([...readyPids.keys()].sort()).toEqual([0, 1]);
    // Each guild was answered by the process of its own shard, not by the manager.
    for (const [shardId, guild] of guilds.entries()) {
      const answered = lines.find(
        (line) => line.msg === "question answered" && line.guildId === guild.id,
      );
      expect(answered?.pid).toBe(readyPids.get(shardId));
      expect(answered?.pid).not.toBe(managerPid);
    }
    expect(
      lines
        .filter((line) => line.msg === "stopped")
        .map((line) => line.pid)
        .sort(),
    ).toEqual([managerPid, ...readyPids.values()].sort());
    expect(stderr).not.toContain(fake.token);
    expect(fake.gateway.readyShards).toEqual([]);
  });
});
