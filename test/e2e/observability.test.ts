/**
 * /healthz and /metrics over real HTTP, from the real bot against the fake Discord: health goes
 * 503 -> 200 across the gateway's READY, /metrics is Prometheus text that counts the answers
 * given, and a port already in use stops start-up with a message that names METRICS_PORT.
 */

import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDiscordBot, type DiscordBot } from "../../src/discord/bot.ts";
import { HttpListenError } from "../../src/http/server.ts";
import { createRuntime } from "../../src/runtime.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord-fake.ts";
import { parsePrometheus, sampleSum } from "../helpers/prometheus.ts";
import { collect, spawnEntry } from "../helpers/spawn.ts";
import { captureLogs, useBotAgainstFake } from "./harness.ts";

async function get(url: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

describe("/healthz across the gateway's READY", () => {
  let fake: FakeDiscord | undefined;
  let bot: DiscordBot | undefined;
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it("is 503 with the reason until the gateway is ready, then 200", async () => {
    fake = await startFakeDiscord({ holdReady: true });
    const { logger, waitForLog } = captureLogs();
    const runtime = createRuntime({
      environment: {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
        METRICS_PORT: "0",
      },
      logger,
    });
    const starting = createDiscordBot(runtime);
    const listening = await waitForLog((line) => line.msg.includes("endpoints listening"));
    const url = String(listening.url);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    await fake.waitForHeldIdentify();
    const before = await get(`${url}/healthz`);
    expect(before.status).toBe(503);
    expect(before.type).toBe("application/json");
    const report = JSON.parse(before.body) as { status: string; reasons: string[] };
    expect(report.status).toBe("unavailable");
    expect(report.reasons.join("; ")).toMatch(/^gateway: /);

    fake.releaseReady();
    bot = await starting;
    // The store opens and migrates on its own; /healthz waits for that too.
    await waitForLog((line) => line.msg === "store ready");
    const after = await get(`${url}/healthz`);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toEqual({ status: "ok", reasons: [] });

    expect((await get(`${url}/nothing`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`, { method: "POST" })).status).toBe(405);
  });
});

describe("/healthz with a store that cannot be written", () => {
  const world = useBotAgainstFake({
    environment: { METRICS_PORT: "0", DATABASE_PATH: "/dev/null/not-a-folder/deal-bot.sqlite" },
  });

  it("is 503 and says so, while the bot still answers", async () => {
    await world.waitForLog((line) => line.msg.startsWith("store not reachable at start-up"));
    const question = world.fake.say(`${world.fake.botMention} How much is NVIDIA investing?`);
    expect((await world.fake.waitForReply(question)).content).toContain("$10 billion");
    const health = await get(`${world.bot.observability.endpoint?.url}/healthz`);
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({
      status: "unavailable",
      reasons: ["store: not writable (ENOTDIR: not a directory, mkdir '/dev/null/not-a-folder')"],
    });
  });
});

describe("/metrics", () => {
  const world = useBotAgainstFake({ environment: { METRICS_PORT: "0" } });

  it("is Prometheus text with the process metrics and counts the answers given", async () => {
    const url = world.bot.observability.endpoint?.url;
    expect(url).toBeDefined();
    const empty = parsePrometheus((await get(`${url}/metrics`)).body);
    expect(sampleSum(empty, "deal_bot_feedback_total")).toBe(0);

    for (const question of ["How much is NVIDIA investing?", "What is the weather on Mars?"]) {
      const message = world.fake.say(`${world.fake.botMention} ${question}`);
      await world.fake.waitForMessages(() =>
        world.fake.repliesTo(message).some((reply) => reply.components.length > 0),
      );
    }
    const slash = world.fake.slashCommand("ask", { question: "엔비디아는 얼마를 투자하나요?" });
    await world.fake.waitForResponse(slash);
    await world.waitForLog((line) => line.msg === "question answered" && line.path === "slash");

    const scraped = await get(`${url}/metrics`);
    expect(scraped.status).toBe(200);
    expect(scraped.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheus(scraped.body);
    // The default process metrics.
    expect(families.get("process_cpu_seconds_total")?.type).toBe("COUNTER");
    expect(families.get("nodejs_heap_size_used_bytes")?.type).toBe("GAUGE");

    const answers = "deal_bot_answers_total";
    expect(families.get(answers)?.type).toBe("COUNTER");
    expect(sampleSum(families, answers)).toBe(3);
    expect(sampleSum(families, answers, { mode: "fallback", path: "mention" })).toBe(2);
    expect(sampleSum(families, answers, { path: "mention", abstained: "true" })).toBe(1);
    expect(sampleSum(families, answers, { mode: "fallback", path: "slash" })).toBe(1);
    expect(families.get("deal_bot_answer_seconds")?.type).toBe("HISTOGRAM");
    // (The parser keeps a histogram's buckets but not its labels: read the count line itself.)
    expect(scraped.body).toMatch(/^deal_bot_answer_seconds_count\{mode="fallback"\} 3$/m);
    expect(families.get("deal_bot_claude_fallbacks_total")?.type).toBe("COUNTER");
    expect(families.get("deal_bot_store_write_errors_total")?.type).toBe("COUNTER");
    expect(sampleSum(families, "deal_bot_store_write_errors_total")).toBe(0);
    expect(families.get("deal_bot_gateway_ping_seconds")?.type).toBe("GAUGE");
  });
});

describe("a METRICS_PORT already in use", () => {
  let fake: FakeDiscord | undefined;
  let blocker: Server | undefined;
  afterAll(async () => {
    await new Promise((resolve) => blocker?.close(resolve) ?? resolve(undefined));
    await fake?.close();
  });

  it("stops start-up with a message naming the port, before connecting to Discord", async () => {
    const server = createServer();
    blocker = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    fake = await startFakeDiscord();
    const runtime = createRuntime({
      environment: {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
        METRICS_PORT: String(port),
      },
      logger: captureLogs().logger,
    });
    const failure = await createDiscordBot(runtime).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpListenError);
    expect((failure as Error).message).toBe(
      `Could not serve /healthz and /metrics on 127.0.0.1:${port}: METRICS_PORT is already in use by another process. Choose another port, or stop the other process.`,
    );
    expect(fake.gateway.identifies).toHaveLength(0);
  });

  it("makes npm start exit with the port's start-up code (6) and that one line", async () => {
    if (!blocker || !fake) throw new Error("runs after the test above");
    const port = (blocker.address() as AddressInfo).port;
    const folder = mkdtempSync(path.join(tmpdir(), "deal-bot-port-in-use-"));
    try {
      const child = spawnEntry("src/main.ts", {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
        DATABASE_PATH: path.join(folder, "deal-bot.sqlite"),
        METRICS_PORT: String(port),
      });
      const { code, stderr } = await collect(child).finished;
      expect(code).toBe(6);
      expect(stderr).toContain(
        `Could not serve /healthz and /metrics on 127.0.0.1:${port}: METRICS_PORT is already in use`,
      );
      expect(stderr).not.toContain("    at ");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
