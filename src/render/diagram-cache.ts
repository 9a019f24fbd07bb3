/**
 * The /who-pays-whom diagram, drawn once per knowledge, language and focus and then kept: it does
 * not change while the bot runs, and drawing it holds the event loop (tens of milliseconds, and
 * several hundred the first time, while the fonts load). warmUpFlowDiagrams() has every variant
 * drawn on a worker thread while the bot logs in (compiled), or draws the plain ones here before
 * login (from the sources), so no user waits on a first draw and no answer stalls behind one.
 */
import { Worker } from "node:worker_threads";
import type { Knowledge } from "../knowledge/load.ts";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import type { DrawnVariant } from "./diagram-worker.ts";

import { drawFlowDiagram } from "./flow-diagram.ts";
import { flowVariants, flowView } from "./flow-view.ts";
import { ensureFonts } from "./fonts.ts";

const drawn = new Map<string, Promise<Buffer>>();
let draws = 0;

/** The diagram as a PNG, drawn on first use and the same buffer ever after. */
export function flowDiagramPng(
  knowledge: Knowledge,
  language: Language,
  focusId?: string,
): Promise<Buffer> {
  // Only real entity ids make a variant, so odd input cannot grow the cache.
  const focus = knowledge.manifest.entities.some((entity) => entity.id === focusId)
    ? focusId
    : undefined;
  const key = cacheKey(knowledge, language, focus);
  const known = drawn.get(key);
  if (known) return known;
  draws += 1;
  const png = drawFlowDiagram(flowView(knowledge, language, focus).diagram);
  drawn.set(key, png);
  // A failed draw is not kept: the next request tries again.
  png.catch(() => drawn.delete(key));
  return png;
}

/**
 * Registers the fonts and draws the unfocused diagram in both languages. Never throws: a failure
 * is logged, and /who-pays-whom then reports its own error when used.
 */
export async function warmUpFlowDiagrams(knowledge: Knowledge, logger?: Logger): Promise<void> {
  // Compiled (production), a worker thread draws them while the bot logs in; from the TypeScript
  // sources (development, tests) a worker could not load them, so they are drawn here.
  if (import.meta.url.endsWith(".js") && drawOnWorker(knowledge, logger)) return;
  const started = performance.now();
  try {
    ensureFonts();
    await Promise.all(
      (["ko", "en"] as const).map((language) => flowDiagramPng(knowledge, language)),
    );
    logger?.debug({ ms: Math.round(performance.now() - started) }, "flow diagrams drawn");
  } catch (error) {
    logger?.warn({ err: error }, "could not draw the flow diagrams ahead; /who-pays-whom will try");
  }
}

function cacheKey(knowledge: Knowledge, language: Language, focus: string | undefined): string {
  return `${knowledge.version}:${language}:${focus ?? ""}`;
}

/** How many diagrams were drawn and how many are kept (for tests and the bench). */
export function flowDiagramCacheStats(): { readonly draws: number; readonly kept: number } {
  return { draws, kept: drawn.size };
}

/**
 * Fills the cache from a worker thread: each variant is a promise the worker's message keeps. If
 * the worker fails, whatever it had not sent is drawn on this thread instead, so a caller
 * never sees the worker's failure.
 */
function drawOnWorker(knowledge: Knowledge, logger?: Logger): boolean {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./diagram-worker.js", import.meta.url), {
      workerData: { dir: knowledge.dir },
    });
  } catch (error) {
    logger?.warn({ err: error }, "could not start the diagram worker; drawing on first use");
    return false;
  }
  const started = performance.now();
  // What the worker has yet to send, by cache key: its variant and how to settle its promise.
  const pending = new Map<
    string,
    { language: Language; focus: string | undefined; settle: (png: Promise<Buffer>) => void }
  >();
  for (const { language, focus } of flowVariants(knowledge)) {
    const key = cacheKey(knowledge, language, focus);
    if (drawn.has(key)) continue;
    drawn.set(
      key,
      new Promise<Buffer>((resolve) => pending.set(key, { language, focus, settle: resolve })),
    );
  }
  const settle = (key: string, png: Promise<Buffer>) => {
    pending.get(key)?.settle(png);
    pending.delete(key);
  };
  worker.on("message", ({ language, focus, png }: DrawnVariant) => {
    settle(cacheKey(knowledge, language, focus), Promise.resolve(Buffer.from(png)));
    if (pending.size === 0) {
      logger?.debug({ ms: Math.round(performance.now() - started) }, "flow diagrams drawn");
    }
  });
  const drawHereInstead = (reason: unknown) => {
    if (pending.size === 0) return;
    logger?.warn(
      { err: reason },
      "the diagram worker stopped early; drawing the rest on this thread",
    );
    for (const [key, { language, focus }] of [...pending]) {
      drawn.delete(key);
      settle(key, flowDiagramPng(knowledge, language, focus));
    }
  };
  worker.on("error", drawHereInstead);
  worker.on("exit", (code) => drawHereInstead(new Error(`diagram worker exited with ${code}`)));
  return true;
}
