/** Knowledge load + index build, and deterministic answer latency over many questions. */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GCProfiler } from "node:v8";
import { loadConfig } from "../src/config.ts";
import { compiledEngine } from "./compiled-engine.ts";
import { type BenchRow, type BenchSection, formatMiB, formatMs, percentile } from "./types.ts";

const QUESTIONS_WANTED = 2_000;
const COLD_RUNS = 7;
/** Cold starts that validate the knowledge, taken in turn with the others. */
const VALIDATING_RUNS = 5;

interface ColdStart {
  readonly loadMs: number;
  readonly indexMs: number;
  readonly totalMs: number;
}

/**
 * Runs bench/engine-cold.ts in a fresh node process (with the tsx loader); `validate`: without
 * the remembered validation, as the first start after the knowledge changed.
 */
function coldStart(knowledgeDir: string, validate = false): Promise<ColdStart> {
  const script = fileURLToPath(new URL("./engine-cold.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        "--import",
        import.meta.resolve("tsx"),
        script,
        knowledgeDir,
        ...(validate ? ["validate"] : []),
      ],
      { timeout: 60_000 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as ColdStart)),
    );
  });
}

function median(runs: readonly ColdStart[], key: keyof ColdStart): number {
  return percentile(
    runs.map((run) => run[key]),
    50,
  );
}

export const engineBench: BenchSection = {
  title: "engine",
  async run(): Promise<BenchRow[]> {
    const { knowledgeDir } = loadConfig();
    const {
      answerFromKnowledge,
      loadKnowledge,
      buildKnowledgeIndex,
      applyV8Flags,
      applyAnsweringV8Flags,
    } = await compiledEngine();
    // The V8 options the bot's entry point sets: the answers below run as they do in the bot.
    applyV8Flags();
    // Cold: the first load and index build of a fresh process, as at start-up; the median of a
    // few processes, since one cold start on a shared machine is mostly noise.
    // A start-up reads what an earlier one validated and built, unless the knowledge or the code
    // changed since: this load and build remember them (validation-cache.ts, index-cache.ts), as
    // the bot's first start after a change does.
    const knowledge = loadKnowledge(knowledgeDir);
    const index = buildKnowledgeIndex(knowledge);
    const colds: ColdStart[] = [];
    const validating: ColdStart[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      colds.push(await coldStart(knowledgeDir));
      if (run < VALIDATING_RUNS) validating.push(await coldStart(knowledgeDir, true));
    }

    // Warm: the same in a process that has done it before. Built (the cache left aside), as in
    // earlier rounds, and read back from the cache (index-cache.ts), in turns. The builds also
    // grow the young generation as they always did before the answers below (a process that only
    // read the cache starts them with a smaller one: docs/benchmarks.md, "Third pass").
    const warm: number[] = [];
    const warmCached: number[] = [];
    for (let run = 0; run < 20; run++) {
      let start = performance.now();
      buildKnowledgeIndex(loadKnowledge(knowledgeDir), { cache: false });
      warm.push(performance.now() - start);
      start = performance.now();
      buildKnowledgeIndex(loadKnowledge(knowledgeDir));
      warmCached.push(performance.now() - start);
    }

    // Start-up is over, as in the bot once its index is built (runtime.ts).
    applyAnsweringV8Flags();
    const questions = loadQuestions(path.join(knowledgeDir, "eval"));
    // Steady state, as in a running bot: every question answered a few times before measuring.
    for (let pass = 0; pass < 3; pass++)
      for (const question of questions) answerFromKnowledge(index, question);
    // Young-generation collections during the run: each stops one answer for about a millisecond,
    // so their number, against the 20 slowest answers p99 looks at, says how much of p99 they are.
    const gcProfiler = new GCProfiler();
    gcProfiler.start();
    const latencies: number[] = [];
    for (let i = 0; latencies.length < QUESTIONS_WANTED; i++) {
      const question = questions[i % questions.length] as string;
      const start = performance.now();
      answerFromKnowledge(index, question);
      latencies.push(performance.now() - start);
    }
    const youngCollections = (gcProfiler.stop()?.statistics ?? [])
      .filter((collection) => collection.gcType === "Scavenge")
      .map((collection) => collection.cost / 1000);
    // First sight: the questions of the other sets, each answered once by this warm index. Their
    // words and phrasings are new to the per-word caches, as a user's new question is.
    const unseen = loadQuestions(path.join(knowledgeDir, "eval"), UNSEEN_FILES);
    const firstSight = unseen.map((question) => {
      const start = performance.now();
      answerFromKnowledge(index, question);
      return performance.now() - start;
    });
    const rss = process.memoryUsage().rss;
    return [
      {
        name: "knowledge load + index build (cold: a fresh process), median / worst",
        value: `${formatMs(median(colds, "totalMs"))} / ${formatMs(Math.max(...colds.map((run) => run.totalMs)))}`,
        target: "< 50 ms",
        note: `${COLD_RUNS} fresh processes, the index read from the cache; load ${formatMs(median(colds, "loadMs"))} + index ${formatMs(median(colds, "indexMs"))} (medians)`,
      },
      {
        name: "knowledge load + index build (cold, validated and built: first start after a change)",
        value: formatMs(median(validating, "totalMs")),
        note: `${VALIDATING_RUNS} fresh processes; load ${formatMs(median(validating, "loadMs"))} + index ${formatMs(median(validating, "indexMs"))} (medians)`,
      },
      {
        name: "knowledge load + index build (warm, median of 20)",
        value: formatMs(percentile(warm, 50)),
      },
      {
        name: "knowledge load + index read from the cache (warm, median of 20)",
        value: formatMs(percentile(warmCached, 50)),
      },
      {
        name: "deterministic answer p50",
        value: formatMs(percentile(latencies, 50)),
        note: `${latencies.length} answers over ${questions.length} distinct questions (the compiled code in dist/, as the bot runs it)`,
      },
      {
        name: "deterministic answer p99",
        value: formatMs(percentile(latencies, 99)),
        target: "< 1 ms",
      },
      {
        name: "young-generation collections during those answers",
        value: String(youngCollections.length),
        note: `median ${youngCollections.length > 0 ? formatMs(percentile(youngCollections, 50)) : "-"}, longest ${formatMs(Math.max(0, ...youngCollections))}; answers over 1 ms: ${latencies.filter((ms) => ms > 1).length}`,
      },
      {
        name: "deterministic answer p50 / p99, each question seen once",
        value: `${formatMs(percentile(firstSight, 50))} / ${formatMs(percentile(firstSight, 99))}`,
        target: "p99 < 1 ms",
        note: `${firstSight.length} questions of the other sets, answered once each after the run above`,
      },
      { name: "process RSS after the run", value: formatMiB(rss) },
    ];
  },
};

/** The steady-state sets; the others are the first-sight ones (never the held-out set). */
const STEADY_FILES = ["questions.jsonl", "paraphrase.jsonl"];
const UNSEEN_FILES = (dir: string) =>
  readdirSync(dir).filter(
    (file) =>
      file.endsWith(".jsonl") && !STEADY_FILES.includes(file) && !file.startsWith("held-out"),
  );

function loadQuestions(
  dir: string,
  files: (dir: string) => string[] = () => STEADY_FILES,
): string[] {
  const questions: string[] = [];
  for (const file of files(dir)) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (line.trim()) questions.push((JSON.parse(line) as { q: string }).q);
    }
  }
  return questions;
}
