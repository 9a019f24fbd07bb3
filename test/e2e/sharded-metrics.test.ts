/**
 * npm run start:sharded with METRICS_PORT: one /healthz and /metrics on the manager for every
 * shard process, each series labelled by shard, counting the answers each shard gave.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { parsePrometheus, sampleSum } from "../helpers/prometheus.ts";
import { collect, spawnEntry, waitForOutput } from "../helpers/spawn.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it("serves every shard's health and metrics from the manager, labelled by shard", async () => {
  const fake: FakeDiscord = await startFakeDiscord({
    guilds: 4,
    shardCount: 2,
    maxConcurrency: 16,
  });
  cleanups.push(() => fake.close());
  const storeFolder = mkdtempSync(path.join(tmpdir(), "deal-bot-sharded-metrics-"));
  cleanups.push(() => rmSync(storeFolder, { recursive: true, force: true }));
  const child = spawnEntry("src/main-sharded.ts", {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE_URL: fake.apiBaseUrl,
    DATABASE_PATH: path.join(storeFolder, "deal-bot.sqlite"),
    METRICS_PORT: "0",
    LOG_LEVEL: "info",
  });
  // Generous last guards: starting three processes on a busy machine can take a minute or more.
  const run = collect(child, 170_000);
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  await waitForOutput(child, '"msg":"all shards ready"', 150_000).catch((error) => {
    throw new Error(`${error}\n${run.output().stderr}`);
  });
  const listening = run
    .output()
    .stderr.split("\n")
    .find((line) => line.includes("endpoints listening"));
  const url = String((JSON.parse(listening ?? "{}") as { url?: string }).url);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({
    status: "ok",
    reasons: [],
    shards: { "0": "ok", "1": "ok" },
  });

  for (const shard of [0, 1]) {
    const guild = fake.world.guildsOfShard(shard, 2)[0];
    if (!guild) throw new Error(`no guild on shard ${shard}`);
    const question = fake.say(`${fake.botMention} How much is Microsoft investing?`, {
      channel: guild.channels[0],
    });
    await fake.waitForMessages(() =>
      fake.repliesTo(question).some((reply) => reply.components.length > 0),
    );
  }
  // The metrics count at the store call, which comes before the reply is sent.
  const families = parsePrometheus(await (await fetch(`${url}/metrics`)).text());
  expect(sampleSum(families, "deal_bot_answers_total", { shard: "0" })).toBe(1);
  expect(sampleSum(families, "deal_bot_answers_total", { shard: "1" })).toBe(1);
  expect(sampleSum(families, "deal_bot_shard_up", { shard: "0" })).toBe(1);
  expect(sampleSum(families, "deal_bot_shard_up", { shard: "1" })).toBe(1);
  const cpuShards = families
    .get("process_cpu_seconds_total")
    ?.metrics.map((sample) => sample.labels?.shard)
    .sort();
  expect(cpuShards).toEqual(["0", "1", "manager"]);

  child.kill("SIGTERM");
  const { code } = await run.finished;
  expect(code).toBe(0);
}, 180_000);
