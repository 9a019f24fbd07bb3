/**
 * The compiled bot (what `npm start` runs) has its diagrams drawn on a worker thread while it logs
 * in: the cache fills from the worker, nothing is drawn on the main thread, and every variant is a
 * real PNG. The global setup builds dist/ before the suite.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { knowledgeDir, projectRoot } from "../helpers/paths.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

async function compiled<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(projectRoot, "dist/src", file)).href)) as T;
}

describe("the diagram worker (compiled)", () => {
  it("draws every language and focus off the main thread, and the cache serves them", async () => {
    const { loadKnowledge } =
      await compiled<typeof import("../../src/knowledge/load.ts")>("knowledge/load.js");
    const cache =
      await compiled<typeof import("../../src/render/diagram-cache.ts")>("render/diagram-cache.js");
    const knowledge = loadKnowledge(knowledgeDir);
    await cache.warmUpFlowDiagrams(knowledge);
    const focuses = [undefined, ...knowledge.manifest.entities.map((entity) => entity.id)];
    for (const language of ["ko", "en"] as const) {
      for (const focus of focuses) {
        const png = await cache.flowDiagramPng(knowledge, language, focus);
        expect(png.subarray(0, 4).equals(PNG_SIGNATURE), `${language} ${focus}`).toBe(true);
        expect(await cache.flowDiagramPng(knowledge, language, focus)).toBe(png);
      }
    }
    // Every one came from the worker: the main thread drew none.
    expect(cache.flowDiagramCacheStats()).toEqual({ draws: 0, kept: focuses.length * 2 });
  });
});
