/**
 * End to end through the fake Discord, the bot in its own process: answer latency (from the
 * gateway dispatch to the finished answer arriving at the fake's REST side), deterministic and with
 * Claude at a fixed fake delay; throughput at saturation, at Discord's REST limit and unthrottled;
 * and a load run with a slow Claude and the limits on, with the bot's RSS along the way.
 */

// The benchmark drives the same fakes and load scenario as the tests (dev tools, never imported by the bot).
import { groundedReply } from "../../test/fakes/anthropic-grounded.ts";
import { startFakeAnthropic } from "../../test/fakes/anthropic-server.ts";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from "../../test/fakes/discord-fake.ts";
import {
  type AskedQuestion,
  countAnswers,
  type LoadOptions,
  runLoad,
  sampleQuestions,
} from "../../test/load/scenario.ts";
import { loadConfig } from "../config.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { type BotProcess, startBotProcess } from "./bot-process.ts";
import { type BenchRow, type BenchSection, formatMiB, formatMs, percentile } from "./types.ts";

const SEQUENTIAL = 300;
const SEQUENTIAL_CLAUDE = 100;
const CLAUDE_DELAY_MS = 300;
const WARM_UP = 20;
/**
 * Between questions asked one at a time: keeps the bot under Discord's REST limit (50 requests a
 * second; a mention's answer takes 2, typing and reply), so the latency is the bot's, not the
 * limiter's wait.
 */
const PAUSE_MS = 50;
/** REST as behind a proxy that enforces Discord's limit for all processes: the bot's own speed. */
const UNTHROTTLED = { DISCORD_REST_PER_SECOND: "10000" };

export const discordBench: BenchSection = {
  title: "discord",
  async run(): Promise<BenchRow[]> {
    const knowledge = loadKnowledge(loadConfig().knowledgeDir);
    const questions = sampleQuestions();
    const load = (fake: FakeDiscord, options: Partial<LoadOptions>) =>
      runLoad(fake, {
        users: 1,
        questionsPerUser: 1,
        channels: fake.world.guilds[0]?.channels ?? [],
        mentionEvery: 0,
        questions,
        answerTimeoutMs: 60_000,
        ...options,
      });
    const sequential = async (fake: FakeDiscord, count: number, mentions: boolean) => {
      const mentionEvery = mentions ? 1 : 0;
      const pauseMs = PAUSE_MS;
      await load(fake, { questionsPerUser: WARM_UP, mentionEvery, pauseMs, userPrefix: "warm-up" });
      const { asked } = await load(fake, { questionsPerUser: count, mentionEvery, pauseMs });
      return latencies(asked);
    };
    const rows: BenchRow[] = [];

    // Deterministic answers, one at a time.
    await withBot({}, {}, async (fake) => {
      const slash = await sequential(fake, SEQUENTIAL, false);
      const mention = await sequential(fake, SEQUENTIAL, true);
      rows.push(
        {
          name: "answer latency, deterministic, /ask p50 / p99",
          value: p50p99(slash),
          note: `gateway dispatch → finished answer at the fake's REST side (defer + edit); ${SEQUENTIAL} questions one at a time, ${PAUSE_MS} ms apart`,
        },
        {
          name: "answer latency, deterministic, mention p50 / p99",
          value: p50p99(mention),
          note: `typing + reply; ${SEQUENTIAL} questions one at a time, ${PAUSE_MS} ms apart`,
        },
      );
    });

    // Claude with a fixed model time: what the bot adds around it.
    const anthropic = await startFakeAnthropic();
    try {
      anthropic.setHandler(groundedReply(knowledge.facts, { delayMs: () => CLAUDE_DELAY_MS }));
      const claude = { ANTHROPIC_API_KEY: "bench-key", ANTHROPIC_BASE_URL: anthropic.url };
      await withBot({}, { ...claude, USER_QUESTIONS_PER_MINUTE: "1000" }, async (fake) => {
        const slash = await sequential(fake, SEQUENTIAL_CLAUDE, false);
        rows.push({
          name: `answer latency, Claude (fake ${CLAUDE_DELAY_MS} ms), /ask p50 / p99`,
          value: p50p99(slash),
          note: `${SEQUENTIAL_CLAUDE} questions one at a time; p50 minus the fake's delay: ${formatMs(percentile(slash, 50) - CLAUDE_DELAY_MS)}`,
        });
      });
    } finally {
      await anthropic.close();
    }

    // Saturation: many users asking back to back, deterministic answers.
    await withBot({ channelsPerGuild: 5 }, {}, async (fake) => {
      await load(fake, { questionsPerUser: WARM_UP, userPrefix: "warm-up" });
      const run = await load(fake, { users: 100, questionsPerUser: 5 });
      rows.push({
        name: "throughput at saturation, deterministic, REST at 50 requests/s",
        value: `${rate(run.asked.length, run.elapsedMs)} answers/s`,
        note: `${run.asked.length} /ask from 100 users back to back; bound by Discord's global REST limit: each answer's edit counts (the deferral, an interaction callback, does not)`,
      });
    });
    await withBot({ channelsPerGuild: 5 }, UNTHROTTLED, async (fake) => {
      await load(fake, { questionsPerUser: WARM_UP, userPrefix: "warm-up" });
      const run = await load(fake, { users: 100, questionsPerUser: 10 });
      rows.push({
        name: "throughput at saturation, deterministic, REST unthrottled",
        value: `${rate(run.asked.length, run.elapsedMs)} answers/s`,
        note: `${run.asked.length} /ask from 100 users back to back; CPU-bound (the bot and the fakes share the 2 cores); latency p50 / p99 ${p50p99(latencies(run.asked))}`,
      });
    });

    rows.push(...(await loadRun(knowledge.facts, load)));
    return rows;
  },
};

/** The load test, bigger: four rounds of 1,000 questions, slow Claude, limits at their defaults. */
async function loadRun(
  facts: ReturnType<typeof loadKnowledge>["facts"],
  load: (fake: FakeDiscord, options: Partial<LoadOptions>) => ReturnType<typeof runLoad>,
): Promise<BenchRow[]> {
  const anthropic = await startFakeAnthropic();
  anthropic.setHandler(
    groundedReply(facts, { delayMs: () => 200 + ((anthropic.requests.length * 97) % 301) }),
  );
  const limits = {
    USER_QUESTIONS_PER_MINUTE: "6",
    CLAUDE_MAX_CONCURRENCY: "4",
    CLAUDE_QUEUE_SIZE: "16",
    CLAUDE_QUEUE_WAIT_MS: "2000",
  };
  const environment = {
    ANTHROPIC_API_KEY: "bench-key",
    ANTHROPIC_BASE_URL: anthropic.url,
    ...limits,
    ...UNTHROTTLED,
  };
  try {
    return await withBot({ channelsPerGuild: 5 }, environment, async (fake, bot) => {
      const memory = [await bot.memoryAfterGc()];
      const rounds = [];
      for (const round of [1, 2, 3, 4]) {
        const run = await load(fake, {
          users: 100,
          questionsPerUser: 10,
          mentionEvery: 4,
          userPrefix: `round-${round}`,
        });
        rounds.push(run);
        memory.push(await bot.memoryAfterGc());
      }
      const asked = rounds.flatMap((run) => run.asked);
      const { perQuestion, total } = countAnswers(fake, asked);
      const once = perQuestion.filter((count) => count === 1).length;
      const seconds = rounds.map((run) => (run.elapsedMs / 1000).toFixed(1));
      const claude = anthropic.requests.length;
      return [
        {
          name: "load: 4 × 1,000 questions (100 users × 10, /ask and mentions, 5 channels)",
          value: `${once} of ${asked.length} answered exactly once`,
          note: `${total} answers sent in all; ${seconds.join(" s + ")} s; Claude 200–500 ms, limits at their defaults (6/min per user, 4 at once, queue 16), REST unthrottled`,
        },
        {
          name: "load: Claude calls in flight at the fake, at most",
          value: String(anthropic.peakInFlight),
          target: "≤ 4 (CLAUDE_MAX_CONCURRENCY)",
          note: `${claude} Claude answers (${Math.round((claude / asked.length) * 100)}%); the rest deterministic with a notice (per-user limit, or cap and queue full)`,
        },
        {
          name: "load: bot heap used after a full GC, ready → after each 1,000",
          value: memory.map((entry) => formatMiB(entry.heapUsed)).join(" → "),
          note: "the bot's own process; the answer store fills up to its 2,000 answers, then flat (idle REST handlers are swept every minute)",
        },
        {
          name: "load: bot RSS, ready → after each 1,000",
          value: memory.map((entry) => formatMiB(entry.rss)).join(" → "),
          note: "after the same collections; V8 keeps freed pages for a while",
        },
      ];
    });
  } finally {
    await anthropic.close();
  }
}

async function withBot<T>(
  fakeOptions: FakeDiscordOptions,
  environment: Readonly<Record<string, string>>,
  run: (fake: FakeDiscord, bot: BotProcess) => Promise<T>,
): Promise<T> {
  const fake = await startFakeDiscord(fakeOptions);
  try {
    const bot = await startBotProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE_URL: fake.apiBaseUrl,
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

function latencies(asked: readonly AskedQuestion[]): number[] {
  return asked.map((question) => question.answeredAt - question.sentAt);
}

function p50p99(values: readonly number[]): string {
  return `${formatMs(percentile(values, 50))} / ${formatMs(percentile(values, 99))}`;
}

function rate(count: number, ms: number): string {
  return (count / (ms / 1000)).toFixed(0);
}
