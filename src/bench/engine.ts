/** Knowledge load + index build, and deterministic answer latency over many questions. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { answerFromKnowledge } from "../answer/fallback.ts";
import { loadConfig } from "../config.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { buildKnowledgeIndex } from "../search/knowledge-index.ts";
import { type BenchRow, type BenchSection, formatMiB, formatMs, percentile } from "./types.ts";

const QUESTIONS_WANTED = 2_000;

export const engineBench: BenchSection = {
  title: "engine",
  async run(): Promise<BenchRow[]> {
    const { knowledgeDir } = loadConfig();
    // Cold: the first load and index build in this process, as at start-up.
    const coldStart = performance.now();
    const knowledge = loadKnowledge(knowledgeDir);
    const index = buildKnowledgeIndex(knowledge);
    const cold = performance.now() - coldStart;

    const warm: number[] = [];
    for (let run = 0; run < 20; run++) {
      const start = performance.now();
      buildKnowledgeIndex(loadKnowledge(knowledgeDir));
      warm.push(performance.now() - start);
    }

    const questions = loadQuestions(path.resolve(knowledgeDir, "../test/eval"));
    // Steady state, as in a running bot: every question answered a few times before measuring.
    for (let pass = 0; pass < 3; pass++)
      for (const question of questions) answerFromKnowledge(index, question);
    const latencies: number[] = [];
    for (let i = 0; latencies.length < QUESTIONS_WANTED; i++) {
      const question = questions[i % questions.length] as string;
      const start = performance.now();
      answerFromKnowledge(index, question);
      latencies.push(performance.now() - start);
    }
    const rss = process.memoryUsage().rss;
    return [
      {
        name: "knowledge load + index build (cold, first in process)",
        value: formatMs(cold),
        target: "< 50 ms",
      },
      {
        name: "knowledge load + index build (warm, median of 20)",
        value: formatMs(percentile(warm, 50)),
      },
      {
        name: "deterministic answer p50",
        value: formatMs(percentile(latencies, 50)),
        note: `${latencies.length} answers over ${questions.length} distinct questions`,
      },
      {
        name: "deterministic answer p99",
        value: formatMs(percentile(latencies, 99)),
        target: "< 1 ms",
      },
      { name: "process RSS after the run", value: formatMiB(rss) },
    ];
  },
};

function loadQuestions(dir: string): string[] {
  const questions: string[] = [];
  for (const file of ["questions.jsonl", "holdout.jsonl"]) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (line.trim()) questions.push((JSON.parse(line) as { q: string }).q);
    }
  }
  return questions;
}
