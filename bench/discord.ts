/**
 * End to end through the fake Discord, the bot in its own process: answer latency (from the
 * gateway dispatch to the finished answer arriving at the fake's REST side), deterministic and with
 * Claude at a fixed fake delay; throughput at saturation, at Discord's REST limit and unthrottled.
 */

import { loadConfig } from "../src/config.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { groundedReply } from "../test/fakes/anthropic-grounded.ts";
import { startFakeAnthropic } from "../test/fakes/anthropic-server.ts";
import type { FakeDiscord } from "../test/fakes/discord-fake.ts";
import { askQuestions, latencies, UNTHROTTLED_REST, withBot } from "./discord-run.ts";
import { type BenchRow, type BenchSection, formatMs, percentile } from "./types.ts";

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

export const discordBench: BenchSection = {
  title: "discord",
  async run(): Promise<BenchRow[]> {
    const knowledge = loadKnowledge(loadConfig().knowledgeDir);
    const sequential = async (fake: FakeDiscord, count: number, mentions: boolean) => {
      const mentionEvery = mentions ? 1 : 0;
      const pauseMs = PAUSE_MS;
      await askQuestions(fake, {
        questionsPerUser: WARM_UP,
        mentionEvery,
        pauseMs,
        userPrefix: "warm-up",
      });
      const { asked } = await askQuestions(fake, {
        questionsPerUser: count,
        mentionEvery,
        pauseMs,
      });
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
      await askQuestions(fake, { questionsPerUser: WARM_UP, userPrefix: "warm-up" });
      const run = await askQuestions(fake, { users: 100, questionsPerUser: 5 });
      rows.push({
        name: "throughput at saturation, deterministic, REST at 50 requests/s",
        value: `${rate(run.asked.length, run.elapsedMs)} answers/s`,
        note: `${run.asked.length} /ask from 100 users back to back; bound by Discord's global REST limit: each answer's edit counts (the deferral, an interaction callback, does not)`,
      });
    });
    await withBot({ channelsPerGuild: 5 }, UNTHROTTLED_REST, async (fake) => {
      await askQuestions(fake, { questionsPerUser: WARM_UP, userPrefix: "warm-up" });
      const run = await askQuestions(fake, { users: 100, questionsPerUser: 10 });
      rows.push({
        name: "throughput at saturation, deterministic, REST unthrottled",
        value: `${rate(run.asked.length, run.elapsedMs)} answers/s`,
        note: `${run.asked.length} /ask from 100 users back to back; CPU-bound (the bot and the fakes share the 2 cores); latency p50 / p99 ${p50p99(latencies(run.asked))}`,
      });
    });

    return rows;
  },
};

function p50p99(values: readonly number[]): string {
  return `${formatMs(percentile(values, 50))} / ${formatMs(percentile(values, 99))}`;
}

function rate(count: number, ms: number): string {
  return (count / (ms / 1000)).toFixed(0);
}
