/**
 * What the Discord benchmarks share: a fake Discord with the bot in its own process, and the load
 * scenario with defaults (one user, one question, /ask only, the first guild's channels).
 */

// The benchmarks drive the same fakes and load scenario as the tests (dev tools, never imported by the bot).
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from "../test/fakes/discord-fake.ts";
import {
  type AskedQuestion,
  type LoadOptions,
  type LoadResult,
  runLoad,
  sampleQuestions,
} from "../test/load/scenario.ts";
import { type BotProcess, startBotProcess } from "./bot-process.ts";

/** REST as behind a proxy that enforces Discord's limit for all processes: the bot's own speed. */
export const UNTHROTTLED_REST = { DISCORD_REST_PER_SECOND: "10000" };

export async function withBot<T>(
  fakeOptions: FakeDiscordOptions,
  environment: Readonly<Record<string, string>>,
  run: (fake: FakeDiscord, bot: BotProcess) => Promise<T>,
): Promise<T> {
  const fake = await startFakeDiscord(fakeOptions);
  try {
    const bot = await startBotProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
      // The bench's users ask far more than a person would; the posting cap is not measured here.
      USER_ANSWERS_PER_MINUTE: "10000",
      ...environment,
    });
    try {
      return await run(fake, bot);
    } finally {
      await bot.stop();
    }
  } finally {
    await fake.close();
  }
}

let questions: string[] | undefined;

export function askQuestions(
  fake: FakeDiscord,
  options: Partial<LoadOptions>,
): Promise<LoadResult> {
  questions ??= sampleQuestions();
  return runLoad(fake, {
    users: 1,
    questionsPerUser: 1,
    channels: fake.world.guilds[0]?.channels ?? [],
    mentionEvery: 0,
    questions,
    answerTimeoutMs: 60_000,
    ...options,
  });
}

export function latencies(asked: readonly AskedQuestion[]): number[] {
  return asked.map((question) => question.answeredAt - question.sentAt);
}
