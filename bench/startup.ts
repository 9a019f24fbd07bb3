/**
 * Start-up against a yardstick: a minimal discord.js bot (bench/minimal-bot: the same three
 * intents, replies to a mention) and deal-bot, on the same fake Discord in the same run, both
 * started the same way: through `npm start`, and again with plain `node`. For each: spawn to READY
 * (the ready line in its log) and the RSS of its whole process tree (npm, sh, node, tsx's loader
 * thread…) once ready, the median of several rounds taken in turns. Targets: deal-bot at most 1.5×
 * the minimal bot's time to READY and 1.6× its RSS.
 *
 * "Plain node" for deal-bot is what `npm start` runs, without npm: `node <file>` when the start
 * script runs compiled JavaScript, `node --import tsx <file>` while it still runs tsx.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeDiscord } from "../test/fakes/discord-fake.ts";
import { unsetConfiguration } from "./bot-process.ts";
import { type Launch, startTree } from "./process-tree.ts";
import { type BenchRow, type BenchSection, formatMiB } from "./types.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const minimalDir = path.join(projectRoot, "bench/minimal-bot");
/** Let start-up garbage settle before reading RSS. */
const SETTLE_MS = 2_000;
const READY_TARGET = 1.5;
const RSS_TARGET = 1.6;

type Way = "npm" | "node";
type Bot = "minimal" | "ours";

interface Sample {
  readonly readyMs: number;
  readonly readyCpuMs: number;
  readonly rss: number;
  readonly processes: number;
}

export const startupBench: BenchSection = {
  title: "startup",
  async run(): Promise<BenchRow[]> {
    const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 5);
    const fake = await startFakeDiscord({ channelsPerGuild: 2 });
    const samples = new Map<string, Sample[]>();
    const ourScript = startScript();
    try {
      const environment = {
        ...inheritedBasics(),
        ...unsetConfiguration(),
        NO_COLOR: "1",
        LOG_LEVEL: "info",
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE_URL: fake.apiBaseUrl,
      };
      const launches: Record<Bot, Record<Way, Launch>> = {
        minimal: {
          npm: launch("npm", ["start", "--silent"], minimalDir, "minimal bot ready"),
          node: launch(process.execPath, ["bot.mjs"], minimalDir, "minimal bot ready"),
        },
        ours: {
          npm: launch("npm", ["start", "--silent"], projectRoot, "Discord bot ready"),
          node: launch(
            process.execPath,
            plainNodeArgs(ourScript),
            projectRoot,
            "Discord bot ready",
          ),
        },
      };
      function launch(command: string, args: string[], cwd: string, readyLine: string): Launch {
        return { command, args, cwd, environment, readyLine };
      }
      for (let round = 0; round < rounds; round++) {
        for (const way of ["npm", "node"] as const) {
          // Alternate which goes first, so neither always meets a warmer disk cache.
          const order: Bot[] = round % 2 === 0 ? ["minimal", "ours"] : ["ours", "minimal"];
          for (const bot of order) {
            const tree = await startTree(launches[bot][way]);
            try {
              await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
              // Both bots work: each answers a mention on the fake.
              const question = fake.say(`${fake.botMention} hello`);
              await fake.waitForReply(question, { timeoutMs: 60_000 });
              const sample = {
                readyMs: tree.readyMs,
                readyCpuMs: tree.readyCpuMs,
                rss: tree.treeRss(),
                processes: tree.treeSize(),
              };
              const key = `${bot}/${way}`;
              samples.set(key, [...(samples.get(key) ?? []), sample]);
              process.stderr.write(
                `startup: ${key} ready ${(sample.readyMs / 1000).toFixed(2)} s (CPU ${(sample.readyCpuMs / 1000).toFixed(2)} s), RSS ${formatMiB(sample.rss)} in ${sample.processes} processes\n`,
              );
            } finally {
              await tree.stop();
            }
          }
        }
      }
    } finally {
      await fake.close();
    }
    const median = (bot: Bot, way: Way, field: "readyMs" | "readyCpuMs" | "rss") =>
      medianOf((samples.get(`${bot}/${way}`) ?? []).map((sample) => sample[field]));
    const processes = (bot: Bot, way: Way) => samples.get(`${bot}/${way}`)?.[0]?.processes ?? 0;
    const rows: BenchRow[] = [];
    for (const way of ["npm", "node"] as const) {
      const how =
        way === "npm"
          ? `npm start (deal-bot's script: ${ourScript})`
          : `plain node (deal-bot: node ${plainNodeArgs(ourScript).join(" ")})`;
      const readyRatio = median("ours", way, "readyMs") / median("minimal", way, "readyMs");
      const rssRatio = median("ours", way, "rss") / median("minimal", way, "rss");
      const cpuRatio = median("ours", way, "readyCpuMs") / median("minimal", way, "readyCpuMs");
      rows.push(
        {
          name: `spawn → READY, ${way}: minimal / deal-bot`,
          value: `${seconds(median("minimal", way, "readyMs"))} / ${seconds(median("ours", way, "readyMs"))} (${readyRatio.toFixed(2)}×)`,
          target: `≤ ${READY_TARGET}× (${readyRatio <= READY_TARGET ? "met" : "NOT met"})`,
          note: `${how}; median of ${rounds}, taken in turns on one fake Discord`,
        },
        {
          name: `CPU time to READY, ${way}: minimal / deal-bot`,
          value: `${seconds(median("minimal", way, "readyCpuMs"))} / ${seconds(median("ours", way, "readyCpuMs"))} (${cpuRatio.toFixed(2)}×)`,
          note: "user + system time of the tree at READY: the work start-up takes, which the machine's load hardly changes",
        },
        {
          name: `RSS of the process tree, ${way}: minimal / deal-bot`,
          value: `${formatMiB(median("minimal", way, "rss"))} / ${formatMiB(median("ours", way, "rss"))} (${rssRatio.toFixed(2)}×)`,
          target: `≤ ${RSS_TARGET}× (${rssRatio <= RSS_TARGET ? "met" : "NOT met"})`,
          note: `${SETTLE_MS / 1000} s after READY; processes: minimal ${processes("minimal", way)}, deal-bot ${processes("ours", way)}`,
        },
      );
    }
    return rows;
  },
};

/** deal-bot's `npm start` script, as package.json has it now. */
function startScript(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const script = pkg.scripts?.start;
  if (!script) throw new Error("package.json has no start script");
  return script;
}

/** What `npm start` runs, for plain node: compiled JavaScript as is, TypeScript through tsx. */
function plainNodeArgs(script: string): string[] {
  const words = script
    .trim()
    .replace(/^exec\s+/, "")
    .split(/\s+/);
  const [runner, ...rest] = words;
  if (runner === "node") return rest;
  if (runner === "tsx") return ["--import", "tsx", ...rest];
  throw new Error(`the start script "${script}" runs neither node nor tsx`);
}

/** PATH and HOME, so npm and node are found; nothing else of the bench's environment. */
function inheritedBasics(): Record<string, string> {
  const basics: Record<string, string> = {};
  for (const name of ["PATH", "HOME", "TMPDIR", "LANG"]) {
    const value = process.env[name];
    if (value !== undefined) basics[name] = value;
  }
  return basics;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
