/**
 * Draws one /stats chart on a worker thread and ends: Skia and the fonts load here, off the event
 * loop that answers people, and their memory goes when the worker does. Started by
 * statsChartPng() when the bot runs compiled.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Language } from "../knowledge/schema.ts";
import { drawStatsChart } from "./stats-chart.ts";
import type { DayCounts } from "./stats-days.ts";

export interface StatsChartRequest {
  readonly days: readonly DayCounts[];
  readonly language: Language;
}

const { days, language } = workerData as StatsChartRequest;
parentPort?.postMessage(await drawStatsChart(days, language));
