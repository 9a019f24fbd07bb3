/**
 * The store's cost per answer and the writes it sustains. "Added latency" is what an answer
 * waits for: AnswerStore.add(), which queues the row (the write happens after, off the answer's
 * path). "Write time" is the event-loop time one queued write then takes (SQLite writes on the
 * main thread). Both over answers 1 ms apart. Throughput: answers queued in bursts and written
 * in batches, per second.
 * SQLite always; PostgreSQL on a local embedded server (skipped with a note if it cannot start).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import type { Answer } from "../src/answer/types.ts";
import type { StoreConfig } from "../src/config.ts";
import { AnswerStore } from "../src/discord/answer-store.ts";
import { createLogger } from "../src/log.ts";
import { createStore } from "../src/store/store.ts";
import type { Store } from "../src/store/types.ts";
import { startPostgresServer } from "../test/helpers/postgres-server.ts";
import { type BenchRow, type BenchSection, formatMs, percentile } from "./types.ts";

const LATENCY_ANSWERS = 3_000;
const THROUGHPUT_ANSWERS = 20_000;
const BURST = 1_000;

const answer: Answer = {
  mode: "fallback",
  language: "ko",
  abstained: false,
  text: "엔비디아는 앤트로픽에 최대 100억 달러를 투자하기로 했다. ".repeat(8),
  citations: [
    { quote: "엔비디아는 최대 100억 달러를 투자하기로 했다", section: "투자 규모" },
    { quote: "마이크로소프트는 최대 50억 달러를 투자한다", section: "투자 규모" },
  ],
  sources: [{ title: "NVIDIA newsroom", url: "https://nvidianews.nvidia.com/" }],
};

const asked = {
  path: "mention" as const,
  userId: "123456789012345678",
  guildId: "223456789012345678",
  channelId: "323456789012345678",
  latencyMs: 420,
};

async function measure(label: string, store: Store): Promise<BenchRow[]> {
  const answers = new AnswerStore(store);
  // Warm up: migrations, prepared code paths.
  answers.add({ question: "warm-up", answer, asked });
  await store.flush();

  const added: number[] = [];
  const written: number[] = [];
  for (let i = 0; i < LATENCY_ANSWERS; i++) {
    const start = performance.now();
    answers.add({ question: `How much is NVIDIA investing? (${i})`, answer, asked });
    added.push(performance.now() - start);
    const writeStart = performance.now();
    await store.flush();
    written.push(performance.now() - writeStart);
    // Answers arrive apart (each takes a search or a Claude call): back-to-back writes on a busy
    // 2-core machine would mostly measure the scheduler taking the CPU away mid-call.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }

  const start = performance.now();
  for (let sent = 0; sent < THROUGHPUT_ANSWERS; sent += BURST) {
    for (let i = 0; i < BURST; i++) {
      answers.add({ question: `question ${sent + i}`, answer, asked });
    }
    await store.flush();
  }
  const seconds = (performance.now() - start) / 1_000;
  const health = store.health();
  const note = `${LATENCY_ANSWERS} answers, 1 ms apart`;
  return [
    {
      name: `${label}: added latency per answer p50 / p99`,
      value: `${formatMs(percentile(added, 50))} / ${formatMs(percentile(added, 99))}`,
      target: label === "SQLite" ? "p99 < 1 ms" : "",
      note: `AnswerStore.add(): queues the row; the answer does not wait for the write (load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
    },
    {
      name: `${label}: write time per answer p50 / p99`,
      value: `${formatMs(percentile(written, 50))} / ${formatMs(percentile(written, 99))}`,
      note: `${note}, each its own transaction (the worst case: bursts are batched)`,
    },
    {
      name: `${label}: write throughput`,
      value: `${Math.round(THROUGHPUT_ANSWERS / seconds).toLocaleString("en-US")} answers/s`,
      note: `${THROUGHPUT_ANSWERS.toLocaleString("en-US")} answers in bursts of ${BURST}; dropped ${health.dropped}, errors ${health.writeErrors}`,
    },
  ];
}

function config(overrides: Partial<StoreConfig>): StoreConfig {
  return {
    databasePath: "",
    databaseUrl: undefined,
    secret: undefined,
    retentionDays: 90,
    questionText: true,
    ...overrides,
  };
}

export const storeBench: BenchSection = {
  title: "store",
  async run() {
    const logger = createLogger({ level: "warn" });
    const folder = await mkdtemp(path.join(tmpdir(), "deal-bot-bench-store-"));
    const rows: BenchRow[] = [];
    try {
      const sqlite = createStore(
        config({ databasePath: path.join(folder, "bench.sqlite") }),
        logger,
      );
      try {
        rows.push(...(await measure("SQLite", sqlite)));
      } finally {
        await sqlite.close();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    let server: Awaited<ReturnType<typeof startPostgresServer>> | undefined;
    try {
      server = await startPostgresServer();
      const postgres = createStore(config({ databaseUrl: server.url }), logger);
      try {
        rows.push(...(await measure("PostgreSQL", postgres)));
      } finally {
        await postgres.close();
      }
    } catch (error) {
      rows.push({
        name: "PostgreSQL",
        value: "skipped",
        note: String(error instanceof Error ? error.message : error).split("\n")[0] ?? "",
      });
    } finally {
      await server?.stop();
    }
    return rows;
  },
};
