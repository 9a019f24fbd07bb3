/**
 * The bot's memory as guilds grow: its RSS and heap once ready (every GUILD_CREATE received and
 * cached) with 1 guild, 1,000 and 2,500 (a full shard), each with 5 text channels, through the fake
 * gateway.
 */
import { startFakeDiscord } from "../test/fakes/discord-fake.ts";
import { startBotProcess } from "./bot-process.ts";
import { type BenchRow, type BenchSection, formatMiB } from "./types.ts";

const CHANNELS = 5;
const GUILD_COUNTS = [1, 1_000, 2_500];
/** Let start-up garbage settle before reading RSS. */
const SETTLE_MS = 3_000;

export const discordMemoryBench: BenchSection = {
  title: "memory",
  async run(): Promise<BenchRow[]> {
    const measured: { guilds: number; rss: number; heapUsed: number; readyMs: number }[] = [];
    for (const guilds of GUILD_COUNTS) {
      const fake = await startFakeDiscord({ guilds, channelsPerGuild: CHANNELS });
      try {
        const started = performance.now();
        const bot = await startBotProcess({
          DISCORD_TOKEN: fake.token,
          DISCORD_API_BASE_URL: fake.apiBaseUrl,
        });
        const readyMs = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const { rss, heapUsed } = await bot.memoryAfterGc();
        measured.push({ guilds, rss, heapUsed, readyMs });
        await bot.stop();
      } finally {
        await fake.close();
      }
    }
    const first = measured[0];
    const last = measured.at(-1);
    const perGuild = (field: "rss" | "heapUsed") =>
      first && last && last.guilds > first.guilds
        ? `${((last[field] - first[field]) / (last.guilds - first.guilds) / 1024).toFixed(1)} KiB`
        : "n/a";
    return [
      ...measured.map((entry) => ({
        name: `bot RSS once ready, ${entry.guilds.toLocaleString("en-US")} guild${entry.guilds === 1 ? "" : "s"} × ${CHANNELS} channels`,
        value: `${formatMiB(entry.rss)} (heap ${formatMiB(entry.heapUsed)})`,
        note: `after a full GC; start to ready ${(entry.readyMs / 1000).toFixed(1)} s (process start, knowledge, login, guilds)`,
      })),
      {
        name: "bot memory per guild, RSS (heap)",
        value: `${perGuild("rss")} (${perGuild("heapUsed")})`,
        note: "a fake guild: 5 channels, @everyone, the bot's member; member, message and user caches are capped",
      },
    ];
  },
};
