/**
 * Starts the real bot (real runtime, real discord.js client) against a fresh fake Discord, with
 * its log lines captured as objects so tests can find them.
 */
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config.ts";
import {
  createDiscordBot,
  type DiscordBot,
  type DiscordBotOptions,
} from "../../src/discord/bot.ts";
import { deployCommands } from "../../src/discord/deploy.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import { createRuntime, type Runtime } from "../../src/runtime.ts";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from "../fakes/discord-fake.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export interface BotUnderTest {
  readonly fake: FakeDiscord;
  readonly bot: DiscordBot;
  readonly runtime: Runtime;
  readonly logs: LogLine[];
  /** Waits for a log line that matches (including lines already written). */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  stop(): Promise<void>;
}

export interface HarnessOptions extends DiscordBotOptions {
  readonly fake?: FakeDiscordOptions;
  /** Extra environment for the bot's configuration. */
  readonly environment?: Record<string, string>;
}

/** A logger whose JSON lines are kept as objects, with a way to wait for one. */
export interface CapturedLogs {
  readonly logger: Logger;
  readonly logs: LogLine[];
  /** Emits "line" after each new line. */
  readonly logged: EventEmitter;
  /** Waits for a log line that matches (including lines already written). */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

export function captureLogs(level = "debug"): CapturedLogs {
  const logs: LogLine[] = [];
  const logged = new EventEmitter().setMaxListeners(0);
  const logger = createLogger({
    level,
    destination: {
      write: (line: string) => {
        logs.push(JSON.parse(line) as LogLine);
        logged.emit("line");
      },
    },
  });
  // A last guard, not an expectation: waits end on events, however busy the machine.
  const waitForLog = (predicate: (line: LogLine) => boolean, timeoutMs = 180_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const line = logs.find(predicate);
        if (!line) return false;
        logged.off("line", check);
        clearTimeout(timer);
        resolve(line);
        return true;
      };
      const timer = setTimeout(() => {
        logged.off("line", check);
        reject(new Error(`no matching log line within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) logged.on("line", check);
    });
  return { logger, logs, logged, waitForLog };
}

export async function startBotAgainstFake(options: HarnessOptions = {}): Promise<BotUnderTest> {
  const fake = await startFakeDiscord(options.fake);
  const { logger, logs, waitForLog } = captureLogs("debug");
  // Each bot its own store, unless the test names one (e.g. to restart on the same file).
  const storeFolder = mkdtempSync(path.join(tmpdir(), "deal-bot-e2e-store-"));
  const runtime = createRuntime({
    environment: {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      LOG_LEVEL: "debug",
      DATABASE_PATH: path.join(storeFolder, "deal-bot.sqlite"),
      // Tests ask many questions as one user; the posting cap has tests of its own.
      USER_ANSWERS_PER_MINUTE: "10000",
      ...options.environment,
    },
    logger,
  });
  let bot: DiscordBot;
  try {
    bot = await createDiscordBot(runtime, options);
    // As in production, the commands are registered first (here to the fake's first guild).
    await deployCommands(
      loadConfig({
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.world.applicationId,
        DISCORD_GUILD_ID: fake.channel().guild_id ?? "",
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
      }),
      [...bot.commands.values()].map((loaded) => loaded.definition),
    );
  } catch (error) {
    await fake.close();
    rmSync(storeFolder, { recursive: true, force: true });
    throw error;
  }
  return {
    fake,
    bot,
    runtime,
    logs,
    waitForLog,
    async stop() {
      await bot.stop();
      await fake.close();
      rmSync(storeFolder, { recursive: true, force: true });
    },
  };
}

/**
 * The bot against a fresh fake for the tests of the calling file (or describe block): started
 * before them; after them, checked that nothing it sent pinged anyone and that Discord accepted
 * every call, then stopped. The returned object is filled in once the bot has started.
 */
export function useBotAgainstFake(options: HarnessOptions = {}): BotUnderTest {
  const world = {} as BotUnderTest;
  let started = false;
  beforeAll(async () => {
    Object.assign(world, await startBotAgainstFake(options));
    started = true;
  });
  afterAll(async () => {
    if (!started) return;
    expectNoPings(world.fake);
    expectAllAccepted(world.fake);
    await world.stop();
  });
  return world;
}
