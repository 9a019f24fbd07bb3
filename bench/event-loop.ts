/**
 * The bot's worst event-loop delay (perf_hooks.monitorEventLoopDelay inside the bot, read through
 * the inspector) during a burst of /who-pays-whom (diagrams in both languages, all and one
 * company) plus /ask questions: once right after READY (what a cold first diagram costs every
 * other user), then again warm. A stall shows up as a large maximum.
 */
import { loadConfig } from "../src/config.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import type { FakeDiscord, FakeInteraction } from "../test/fakes/discord-fake.ts";
import { sampleQuestions } from "../test/load/scenario.ts";
import type { BotProcess } from "./bot-process.ts";
import { withBot } from "./discord-run.ts";
import { type BenchRow, type BenchSection, formatMs } from "./types.ts";

const DIAGRAMS = 8;
const QUESTIONS = 40;

interface DelayFigures {
  readonly max: number;
  readonly p99: number;
  readonly mean: number;
  readonly burstMs: number;
  /** The slowest acknowledgement (defer) in the burst. */
  readonly slowestAckMs: number;
}

export const eventLoopBench: BenchSection = {
  title: "event-loop",
  async run(): Promise<BenchRow[]> {
    const { manifest } = loadKnowledge(loadConfig({}).knowledgeDir);
    const companies = manifest.entities.map((entity) => entity.id);
    const questions = sampleQuestions();
    // A late acknowledgement is reported, not dropped (Discord would drop it after 3 s).
    return withBot({ channelsPerGuild: 2, ackDeadlineMs: 600_000 }, {}, async (fake, bot) => {
      const cold = await measureBurst(fake, bot, companies, questions, "cold");
      const warm = await measureBurst(fake, bot, companies, questions, "warm");
      const questionsOnly = await measureBurst(fake, bot, [], questions, "questions", 0);
      const row = (when: string, figures: DelayFigures, diagrams = DIAGRAMS): BenchRow => ({
        name: `worst event-loop delay, burst ${when}`,
        value: formatMs(figures.max),
        target: when.startsWith("right after") ? "no stall (≪ 100 ms)" : undefined,
        note: `${diagrams} /who-pays-whom + ${QUESTIONS} /ask at once, all answered in ${formatMs(figures.burstMs)}, slowest acknowledgement ${formatMs(figures.slowestAckMs)}; p99 ${formatMs(figures.p99)}, mean ${formatMs(figures.mean)} (10 ms resolution)`,
      });
      return [
        row("right after READY (first diagrams)", cold),
        row("again (warm)", warm),
        row("of questions only (for comparison)", questionsOnly, 0),
      ];
    });
  },
};

async function measureBurst(
  fake: FakeDiscord,
  bot: BotProcess,
  companies: readonly string[],
  questions: readonly string[],
  label: string,
  diagrams = DIAGRAMS,
): Promise<DelayFigures> {
  await bot.evaluate(
    `(() => { globalThis.__benchLoopDelay?.disable(); const h = require("node:perf_hooks").monitorEventLoopDelay({ resolution: 10 }); h.enable(); globalThis.__benchLoopDelay = h; return true; })()`,
  );
  const started = performance.now();
  const burst: FakeInteraction[] = [];
  for (let index = 0; index < diagrams; index++) {
    const options: Record<string, string> = { language: index % 2 === 0 ? "en" : "ko" };
    const company = companies[index % (companies.length + 1)];
    if (index >= 2 && company) options.company = company;
    burst.push(
      fake.slashCommand("who-pays-whom", options, { user: fake.user(`${label}-d${index}`) }),
    );
  }
  for (let index = 0; index < QUESTIONS; index++) {
    const text = questions[index % questions.length] ?? "";
    burst.push(
      fake.slashCommand("ask", { question: text }, { user: fake.user(`${label}-q${index}`) }),
    );
  }
  await Promise.all(
    burst.map((interaction) => fake.waitForResponse(interaction, { timeoutMs: 120_000 })),
  );
  const burstMs = performance.now() - started;
  const slowestAckMs = Math.max(
    ...burst.map((interaction) => (interaction.ackedAt ?? Number.NaN) - interaction.dispatchedAt),
  );
  const figures = (await bot.evaluate(
    `(() => { const h = globalThis.__benchLoopDelay; h.disable(); return { max: h.max / 1e6, p99: h.percentile(99) / 1e6, mean: h.mean / 1e6 }; })()`,
  )) as Omit<DelayFigures, "burstMs">;
  return { ...figures, burstMs, slowestAckMs };
}
