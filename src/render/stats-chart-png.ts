/**
 * /stats's chart as a PNG, drawn where it cannot stall anyone: compiled (what `npm start` runs), on
 * a worker thread of its own, so the bot never loads Skia on its event loop for a command a few
 * moderators use; from the sources (development, tests), here.
 */
import { Worker } from "node:worker_threads";
import type { Language } from "../knowledge/schema.ts";
import { RUNNING_COMPILED } from "../util/running-compiled.ts";
import type { StatsChartRequest } from "./stats-chart-worker.ts";
import type { DayCounts } from "./stats-days.ts";

export async function statsChartPng(
  days: readonly DayCounts[],
  language: Language,
): Promise<Buffer> {
  if (!RUNNING_COMPILED) {
    const { drawStatsChart } = await import("./stats-chart.ts");
    return drawStatsChart(days, language);
  }
  const request: StatsChartRequest = { days, language };
  const worker = new Worker(new URL("./stats-chart-worker.js", import.meta.url), {
    workerData: request,
  });
  return new Promise<Buffer>((resolve, reject) => {
    worker.once("message", (png: Uint8Array) => resolve(Buffer.from(png)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the chart worker exited with ${code}`)));
  });
}
