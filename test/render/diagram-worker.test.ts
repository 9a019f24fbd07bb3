/**
 * The compiled bot (what `npm start` runs): the build draws every diagram into dist/diagrams; a
 * variant without a file is drawn on a worker thread while the bot logs in and saved for the next
 * start; a bot whose files are all there draws nothing at all. The global setup builds dist/.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { knowledgeDir, projectRoot } from "../helpers/paths.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

async function compiled<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(projectRoot, "dist/src", file)).href)) as T;
}

const { loadKnowledge } =
  await compiled<typeof import("../../src/knowledge/load.ts")>("knowledge/load.js");
const { FlowDiagramCache } =
  await compiled<typeof import("../../src/render/diagram-cache.ts")>("render/diagram-cache.js");
const { flowVariants } =
  await compiled<typeof import("../../src/render/flow-view.ts")>("render/flow-view.js");
const knowledge = loadKnowledge(knowledgeDir);
const variants = flowVariants(knowledge);

describe("the diagrams of the compiled bot", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "deal-bot-diagrams-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("the build drew every language and focus of the knowledge", async () => {
    const built = await readdir(path.join(projectRoot, "dist/diagrams"));
    const ours = built.filter((file) => file.includes(knowledge.version));
    expect(ours).toHaveLength(variants.length);
  });

  it("draws what has no file on a worker, saves it, and the next start draws nothing", async () => {
    const first = new FlowDiagramCache({ dir, worker: true });
    await first.warmUp(knowledge);
    const drawn = new Map<string, Buffer>();
    for (const { language, focus } of variants) {
      const png = await first.png(knowledge, language, focus);
      expect(png.subarray(0, 4).equals(PNG_SIGNATURE), `${language} ${focus}`).toBe(true);
      expect(await first.png(knowledge, language, focus)).toBe(png);
      drawn.set(`${language}:${focus}`, png);
    }
    // Every one came from the worker: this thread drew none.
    expect(first.stats()).toEqual({ draws: 0, kept: variants.length });

    // Saved as it arrived (the writes finish on their own; wait for the files, not a clock).
    await waitFor(
      async () =>
        (await readdir(dir)).filter((file) => file.endsWith(".png")).length === variants.length,
    );

    // A restart: no worker allowed, nothing drawn, the same images read from the files.
    const next = new FlowDiagramCache({ dir, worker: false });
    await next.warmUp(knowledge);
    for (const { language, focus } of variants) {
      const png = await next.png(knowledge, language, focus);
      expect(png.equals(drawn.get(`${language}:${focus}`) as Buffer)).toBe(true);
    }
    expect(next.stats()).toEqual({ draws: 0, kept: variants.length });
  });

  it("without a folder to save in, still draws on the worker", async () => {
    const cache = new FlowDiagramCache({ worker: true });
    await cache.warmUp(knowledge);
    const png = await cache.png(knowledge, "ko");
    expect(png.subarray(0, 4).equals(PNG_SIGNATURE)).toBe(true);
    expect(cache.stats().draws).toBe(0);
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}
