/**
 * The compiled bot draws /stats's chart on a worker thread of its own: a real PNG of the chart's
 * size comes back, and a bad request fails the promise instead of the process.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/paths.ts";
import { pngSize } from "../helpers/png.ts";

const { statsChartPng } = (await import(
  pathToFileURL(path.join(projectRoot, "dist/src/render/stats-chart-png.js")).href
)) as typeof import("../../src/render/stats-chart-png.ts");

describe("the /stats chart (compiled)", () => {
  it("is drawn on a worker", async () => {
    const days = [
      { day: "2026-11-28", claude: 3, fallback: 1 },
      { day: "2026-11-29", claude: 0, fallback: 0 },
      { day: "2026-11-30", claude: 5, fallback: 2 },
    ];
    const png = await statsChartPng(days, "ko");
    expect(pngSize(png)).toEqual({ width: 1000, height: 520 });
  });

  it("a request the worker cannot draw rejects, and the next one works", async () => {
    await expect(
      statsChartPng([{ day: "2026-11-30", claude: 1, fallback: 0 }], "xx" as "ko"),
    ).rejects.toThrow();
    const png = await statsChartPng([{ day: "2026-11-30", claude: 1, fallback: 0 }], "en");
    expect(pngSize(png)?.width).toBe(1000);
  });
});
