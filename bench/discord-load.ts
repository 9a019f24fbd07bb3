/**
 * The load test, bigger: four rounds of 1,000 questions (100 users × 10, /ask and mentions over 5
 * channels) with a slow Claude (200-500 ms) and the limits at their defaults, the bot in its own
 * process. Every question answered exactly once (counted at the fake's REST side), Claude calls in
 * flight at the fake Anthropic server, and the bot's memory after a full GC after each round.
 */

import { loadConfig } from "../src/config.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { groundedReply } from "../test/fakes/anthropic-grounded.ts";
import { startFakeAnthropic } from "../test/fakes/anthropic-server.ts";
import { countAnswers } from "../test/load/scenario.ts";
import { askQuestions, UNTHROTTLED_REST, withBot } from "./discord-run.ts";
import { type BenchRow, type BenchSection, formatMiB } from "./types.ts";

export const loadBench: BenchSection = {
  title: "load",
  async run(): Promise<BenchRow[]> {
    const { facts } = loadKnowledge(loadConfig().knowledgeDir);
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
      ...UNTHROTTLED_REST,
    };
    try {
      return await withBot({ channelsPerGuild: 5 }, environment, async (fake, bot) => {
        const memory = [await bot.memoryAfterGc()];
        const rounds = [];
        for (const round of [1, 2, 3, 4]) {
          const run = await askQuestions(fake, {
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
            name: "4 × 1,000 questions (100 users × 10, /ask and mentions, 5 channels)",
            value: `${once} of ${asked.length} answered exactly once`,
            note: `${total} answers sent in all; ${seconds.join(" s + ")} s; Claude 200–500 ms, limits at their defaults (6/min per user, 4 at once, queue 16), REST unthrottled`,
          },
          {
            name: "Claude calls in flight at the fake, at most",
            value: String(anthropic.peakInFlight),
            target: "≤ 4 (CLAUDE_MAX_CONCURRENCY)",
            note: `${claude} Claude answers (${Math.round((claude / asked.length) * 100)}%); the rest deterministic with a notice (per-user limit, or cap and queue full)`,
          },
          {
            name: "bot heap used after a full GC, ready → after each 1,000",
            value: memory.map((entry) => formatMiB(entry.heapUsed)).join(" → "),
            note: "the bot's own process; the answer store fills up to its 2,000 answers, then flat (idle REST handlers are swept every minute)",
          },
          {
            name: "bot RSS, ready → after each 1,000",
            value: memory.map((entry) => formatMiB(entry.rss)).join(" → "),
            note: "after the same collections; V8 keeps freed pages for a while",
          },
        ];
      });
    } finally {
      await anthropic.close();
    }
  },
};
