/**
 * Memory under sustained load on the Claude path: /ask at a steady 50 questions a second from 500
 * users, a fake Anthropic server that answers at once, Discord's REST limit at its default (50
 * requests a second), the bot in its own process. The bot's RSS
 * is read as it runs (no forced collection: what an operator's graph shows) after every 1,000
 * answers, and its heap after a full collection at 2,000 and at the end. The target: RSS after
 * 10,000 no more than 48 MiB above RSS after 2,000 (a plateau, not a slope).
 *
 * BENCH_MEMORY_QUESTIONS changes the count, BENCH_MEMORY_RATE the questions a second,
 * BENCH_MEMORY_REST Discord's REST requests a second (DISCORD_REST_PER_SECOND), BENCH_HEAP_SNAPSHOTS=dir writes heap snapshots of the
 * bot at 2,000 and at the end (compare them in Chrome DevTools to see what grew).
 */
import { loadConfig } from "../src/config.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { groundedReply } from "../test/fakes/anthropic-grounded.ts";
import { startFakeAnthropic } from "../test/fakes/anthropic-server.ts";
import type { FakeDiscord, FakeInteraction } from "../test/fakes/discord-fake.ts";
import { sampleQuestions } from "../test/load/scenario.ts";
import { withBot } from "./discord-run.ts";
import { type BenchRow, type BenchSection, formatMiB } from "./types.ts";

const DEFAULT_PER_SECOND = 50;
const USERS = 500;
const CHECKPOINT_EVERY = 1_000;
const BASELINE_AT = 2_000;
const MAX_GROWTH_MIB = 48;
const LOST_AFTER_MS = 60_000;

export const claudeMemoryBench: BenchSection = {
  title: "claude-memory",
  async run(): Promise<BenchRow[]> {
    // The bench reads its own knobs here (it is not the bot: config.ts stays the bot's one reader).
    const total = Number(process.env.BENCH_MEMORY_QUESTIONS ?? 10_000);
    const snapshotDir = process.env.BENCH_HEAP_SNAPSHOTS;
    const perSecond = Number(process.env.BENCH_MEMORY_RATE ?? DEFAULT_PER_SECOND);
    const { facts } = loadKnowledge(loadConfig({}).knowledgeDir);
    const anthropic = await startFakeAnthropic();
    anthropic.setHandler(groundedReply(facts));
    const environment = {
      ANTHROPIC_API_KEY: "bench-key",
      ANTHROPIC_BASE_URL: anthropic.url,
      // Every question goes to Claude: no per-user limit or queue sends it elsewhere.
      USER_QUESTIONS_PER_MINUTE: "1000",
      USER_ANSWERS_PER_MINUTE: "1000",
      CLAUDE_MAX_CONCURRENCY: "64",
      CLAUDE_QUEUE_SIZE: "1000",
      // Discord's global REST limit (default 50 a second, as Discord's); a slower machine can
      // keep the same ratio of answers to REST budget at a lower rate.
      ...(process.env.BENCH_MEMORY_REST
        ? { DISCORD_REST_PER_SECOND: process.env.BENCH_MEMORY_REST }
        : {}),
    };
    try {
      // Acks may come late on a busy machine; that is the latency benches' business, not this one's.
      return await withBot(
        { channelsPerGuild: 5, ackDeadlineMs: 600_000 },
        environment,
        async (fake, bot) => {
          const questions = sampleQuestions();
          const users = Array.from({ length: USERS }, (_, index) => fake.user(`steady-${index}`));
          const channels = fake.world.guilds[0]?.channels ?? [];
          const pending = new Set<FakeInteraction>();
          const curve: { answered: number; rss: number }[] = [];
          const afterGc: { answered: number; heapUsed: number; rss: number }[] = [];
          let answered = 0;
          const started = performance.now();
          let sent = 0;
          let nextCheckpoint = CHECKPOINT_EVERY;
          let mostWaiting = 0;
          let lateAcks = 0;
          let failed = 0;
          while (answered < total) {
            // Open loop: send on schedule whatever the bot's pace, as users do.
            const due = Math.min(
              total,
              Math.floor(((performance.now() - started) / 1000) * perSecond),
            );
            for (; sent < due; sent++) {
              const user = users[sent % USERS];
              const channel = channels[sent % channels.length];
              const text = questions[sent % questions.length] ?? "";
              if (!user || !channel) throw new Error("the fake has no users or channels");
              pending.add(fake.slashCommand("ask", { question: text }, { user, channel }));
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
            for (const interaction of pending) {
              // Lost (e.g. its acknowledgement failed): counted, so the run still ends.
              const lost = performance.now() - interaction.dispatchedAt > LOST_AFTER_MS;
              const outcome = outcomeOf(fake, interaction) ?? (lost ? "other" : undefined);
              if (!outcome) continue;
              if (outcome === "other") failed++;
              pending.delete(interaction);
              if ((interaction.ackedAt ?? 0) - interaction.dispatchedAt > 3_000) lateAcks++;
              answered++;
            }
            // The fakes record everything; the bench's own memory is not what is measured.
            anthropic.requests.length = 0;
            mostWaiting = Math.max(mostWaiting, pending.size);
            if (answered >= nextCheckpoint) {
              curve.push({ answered: nextCheckpoint, rss: bot.rss() ?? Number.NaN });
              if (nextCheckpoint === BASELINE_AT || nextCheckpoint >= total) {
                if (snapshotDir)
                  await bot.heapSnapshot(`${snapshotDir}/claude-${nextCheckpoint}.heapsnapshot`);
                afterGc.push({ answered: nextCheckpoint, ...(await bot.memoryAfterGc()) });
              }
              process.stderr.write(
                `claude-memory: ${nextCheckpoint} answered, RSS ${formatMiB(curve.at(-1)?.rss ?? 0)}\n`,
              );
              nextCheckpoint += CHECKPOINT_EVERY;
            }
          }
          const seconds = (performance.now() - started) / 1000;
          // What each answer cost at Discord's REST side: edits of the deferred reply (drafts and the
          // answer), the requests Discord's global limit counts.
          const edits = fake.calls.filter(
            (call) => call.method === "PATCH" && call.route.startsWith("PATCH /webhooks/"),
          ).length;
          const baseline = curve.find((point) => point.answered === BASELINE_AT)?.rss ?? Number.NaN;
          const last = curve.at(-1);
          const growth = (last?.rss ?? Number.NaN) - baseline;
          return [
            {
              name: `bot RSS every ${CHECKPOINT_EVERY.toLocaleString("en-US")} answers, Claude at ${perSecond}/s`,
              value: `${curve.map((point) => (point.rss / 1024 / 1024).toFixed(0)).join(" → ")} MiB`,
              note: `${total.toLocaleString("en-US")} /ask from ${USERS} users in ${seconds.toFixed(0)} s (${(total / seconds).toFixed(0)}/s); fake Claude answers at once; at most ${mostWaiting} unanswered at a time, ${lateAcks} acknowledged after Discord's 3 s, ${failed} apologies or lost (a REST or connection error) instead of an answer; RSS read as it runs`,
            },
            {
              name: "Discord REST edits per answer (drafts + the answer)",
              value: (edits / total).toFixed(2),
              note: "Discord allows a bot 50 REST requests a second in all: at 50 answers a second, more than one edit per answer is a queue that only grows",
            },
            {
              name: `RSS growth, ${BASELINE_AT.toLocaleString("en-US")} → ${total.toLocaleString("en-US")} answers`,
              value: Number.isNaN(growth) ? "n/a" : formatMiB(growth),
              target: `≤ ${MAX_GROWTH_MIB} MiB`,
              note: Number.isNaN(growth)
                ? `fewer than ${BASELINE_AT.toLocaleString("en-US")} questions asked`
                : growth <= MAX_GROWTH_MIB * 1024 * 1024
                  ? "met"
                  : "NOT met",
            },
            {
              name: "heap used after a full GC",
              value: afterGc
                .map((point) => `${formatMiB(point.heapUsed)} at ${point.answered}`)
                .join(", "),
              note: `RSS after those collections: ${afterGc.map((point) => formatMiB(point.rss)).join(", ")}`,
            },
          ];
        },
      );
    } finally {
      await anthropic.close();
    }
  },
};

/** "answer": the finished answer (it carries buttons); "other": an apology; undefined: not yet. */
function outcomeOf(
  fake: FakeDiscord,
  interaction: FakeInteraction,
): "answer" | "other" | undefined {
  const id = interaction.originalMessageId;
  const original = id ? fake.world.messages.get(id) : undefined;
  if (!original) return undefined;
  if (original.components.length > 0) return "answer";
  // Still "thinking…" (the loading flag), or a draft (it ends in the cursor): not finished.
  if ((original.flags & LOADING_FLAG) !== 0 || original.content.endsWith("▌")) return undefined;
  return original.content === "" ? undefined : "other";
}

const LOADING_FLAG = 1 << 7;
