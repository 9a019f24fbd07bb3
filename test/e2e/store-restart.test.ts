/**
 * The store through the real bot and the fake Discord: the buttons under an answer work after
 * the bot restarts (the answer comes back from the store), the vote shows in
 * `npm run report -- --json`, and a store that goes down mid-run costs no answer.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDiscordBot } from "../../src/discord/bot.ts";
import { createRuntime } from "../../src/runtime.ts";
import { createStore } from "../../src/store/store.ts";
import { type FakeDiscord, type FakeMessage, startFakeDiscord } from "../fakes/discord-fake.ts";
import { freshPostgresDatabase } from "../helpers/postgres.ts";
import { runCommand } from "../helpers/run.ts";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy.ts";
import { callbackContent } from "./expectations.ts";
import { captureLogs } from "./harness.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function buttonIds(message: FakeMessage): string[] {
  return (message.components as { components: { custom_id: string }[] }[]).flatMap((row) =>
    row.components.map((button) => button.custom_id),
  );
}

async function startBot(fake: FakeDiscord, environment: Record<string, string>) {
  const { logger, logs } = captureLogs("debug");
  const runtime = createRuntime({
    environment: {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      ...environment,
    },
    logger,
  });
  const bot = await createDiscordBot(runtime);
  return { bot, logs };
}

async function clicked(fake: FakeDiscord, answer: FakeMessage, customId: string) {
  const click = fake.clickButton(answer, customId);
  const [callback] = await fake.waitForCalls((call) => call.params.interactionId === click.id, 1);
  return callbackContent(callback);
}

/** `npm run report -- --json`, as an operator runs it, on the given store. */
async function npmReport(environment: Record<string, string>): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await runCommand(
    "npm",
    ["run", "--silent", "report", "--", "--json", "--since", "1d"],
    { env: environment },
  );
  if (code !== 0) throw new Error(`npm run report exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe("the store through the bot", () => {
  it("Sources and 👍 work on an answer from before a restart, and the vote is in the report", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "deal-bot-restart-"));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    const environment = { DATABASE_PATH: path.join(folder, "deal-bot.sqlite") };
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());

    const first = await startBot(fake, environment);
    const answer = await fake.waitForReply(
      fake.say(`${fake.botMention} How much is NVIDIA investing?`),
    );
    const ids = buttonIds(answer);
    const sourcesId = ids.find((id) => id.startsWith("sources:")) ?? "";
    const upId = ids.find((id) => id.startsWith("feedback:up:")) ?? "";
    const answerId = sourcesId.split(":")[1];
    // A restart: this bot stops (its store flushed and closed), a new one starts on the same file.
    await first.bot.stop();

    const second = await startBot(fake, environment);
    let stopped = false;
    cleanups.push(async () => {
      if (!stopped) await second.bot.stop();
    });
    const sources = await clicked(fake, answer, sourcesId);
    expect(sources).toContain("Quotes from the article");
    expect(sources).toMatch(/^> .*100억 달러/m);
    expect(sources).not.toContain("ask again");
    expect(await clicked(fake, answer, upId)).not.toBe("");
    await second.bot.stop();
    stopped = true;

    const report = await npmReport(environment);
    expect(report).toMatchObject({
      answers: { total: 1, abstained: 0, byMode: { claude: 0, fallback: 1 } },
      feedback: { up: 1, down: 0 },
      topQuestions: [{ question: "How much is NVIDIA investing?", count: 1 }],
    });
    expect(typeof report.since).toBe("string");
    expect(typeof report.until).toBe("string");
    expect(answerId).toMatch(/^[a-z0-9]{12}$/);
    // Never a user id in the report.
    expect(JSON.stringify(report)).not.toContain(fake.user().id);
  });

  it("PostgreSQL down mid-run: every question is still answered, and the rows arrive once it is back", async () => {
    const database = await freshPostgresDatabase();
    cleanups.push(database.drop);
    const url = new URL(database.url);
    const relay: TcpProxy = await startTcpProxy(Number(url.port));
    cleanups.push(() => relay.close());
    url.port = String(relay.port);
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const { bot, logs } = await startBot(fake, { DATABASE_URL: url.toString() });
    let stopped = false;
    cleanups.push(async () => {
      if (!stopped) await bot.stop();
    });
    await vi.waitFor(() => expect(bot.store.isWritable()).toBe(true), { timeout: 20_000 });

    relay.cut();
    const questions = [
      "How much is NVIDIA investing?",
      "What is circular investment?",
      "Who is Anthropic?",
    ];
    const answers: DiscordAnswer[] = [];
    for (const question of questions) {
      const reply = await fake.waitForReply(fake.say(`${fake.botMention} ${question}`));
      answers.push({
        id:
          buttonIds(reply)
            .find((id) => id.startsWith("sources:"))
            ?.split(":")[1] ?? "",
        reply,
      });
    }
    expect(answers.every((answer) => answer.reply.content.length > 0)).toBe(true);
    await vi.waitFor(() => expect(bot.store.health().writeErrors).toBeGreaterThan(0), {
      timeout: 20_000,
    });
    expect(bot.store.isWritable()).toBe(false);
    expect(
      logs.filter(
        (line) => line.level === 40 && String(line.msg).startsWith("store writes failing"),
      ),
    ).toHaveLength(1);

    relay.restore();
    // The queue retries on its own; a flush just tries now instead of at the next pause.
    await vi.waitFor(
      async () => {
        await bot.store.flush();
        expect(bot.store.health()).toMatchObject({ writable: true, pending: 0, dropped: 0 });
      },
      { timeout: 20_000 },
    );
    await bot.stop();
    stopped = true;
    const reader = createStore(
      {
        databasePath: "",
        databaseUrl: database.url,
        secret: undefined,
        retentionDays: 90,
        questionText: true,
      },
      captureLogs("warn").logger,
    );
    try {
      for (const answer of answers) expect(await reader.findAnswer(answer.id)).toBeDefined();
    } finally {
      await reader.close();
    }
  });
});

interface DiscordAnswer {
  readonly id: string;
  readonly reply: FakeMessage;
}
