/**
 * The /who-pays-whom diagram, drawn once per knowledge, language and focus and then kept: it does
 * not change while the bot runs, and drawing it holds the event loop (tens of milliseconds, and
 * several hundred the first time, while Skia and the fonts load).
 *
 * Compiled (what `npm start` runs), the diagrams are files the build drew (diagram-files.ts): a
 * request reads one, and neither Skia nor the fonts are loaded at all. Any variant without a file
 * is drawn on a worker thread while the bot logs in, and saved. From the sources (development,
 * tests) the plain ones are drawn on this thread before login. Either way no user waits on a first
 * draw and no answer stalls behind one.
 */
import { Worker } from "node:worker_threads";
import type { Knowledge } from "../knowledge/load.ts";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import { RUNNING_COMPILED } from "../util/running-compiled.ts";
import {
  builtDiagramsDir,
  type DiagramVariant,
  readDiagram,
  saveDiagram,
  unsavedVariants,
} from "./diagram-files.ts";
import type { DrawnVariant, DrawRequest } from "./diagram-worker.ts";
import { flowVariants, flowView } from "./flow-view.ts";

export interface FlowDiagramCacheOptions {
  /** Where drawn PNGs are read from and saved to; undefined: kept in memory only. */
  readonly dir?: string | undefined;
  /** Draw what is missing on a worker thread (needs the compiled worker script). */
  readonly worker?: boolean;
  readonly logger?: Logger | undefined;
}

export class FlowDiagramCache {
  readonly #kept = new Map<string, Promise<Buffer>>();
  readonly #dir: string | undefined;
  readonly #worker: boolean;
  #logger: Logger | undefined;
  #draws = 0;

  constructor(options: FlowDiagramCacheOptions = {}) {
    this.#dir = options.dir;
    this.#worker = options.worker ?? false;
    this.#logger = options.logger;
  }

  /** The diagram as a PNG: kept, saved or drawn, and the same buffer ever after. */
  png(knowledge: Knowledge, language: Language, focusId?: string): Promise<Buffer> {
    // Only real entity ids make a variant, so odd input cannot grow the cache.
    const focus = knowledge.manifest.entities.some((entity) => entity.id === focusId)
      ? focusId
      : undefined;
    const key = cacheKey(knowledge, { language, focus });
    const known = this.#kept.get(key);
    if (known) return known;
    const png = this.#readOrDraw(knowledge, { language, focus });
    this.#kept.set(key, png);
    // A failed draw is not kept: the next request tries again.
    png.catch(() => this.#kept.delete(key));
    return png;
  }

  /**
   * Makes sure no first request draws: with files for every variant, nothing to do; otherwise
   * the missing ones are drawn on a worker (resolves at once) or, without one, the plain ones on
   * this thread. Never throws: /who-pays-whom reports its own error when a draw fails. A logger
   * given here is the one later warnings go to.
   */
  async warmUp(knowledge: Knowledge, logger?: Logger): Promise<void> {
    if (logger) this.#logger = logger;
    const missing = unsavedVariants(this.#dir, knowledge, flowVariants(knowledge));
    if (missing.length === 0) return;
    if (this.#worker && this.#drawOnWorker(knowledge, missing)) return;
    const started = performance.now();
    try {
      await Promise.all(
        missing
          .filter((variant) => variant.focus === undefined)
          .map((variant) => this.png(knowledge, variant.language)),
      );
      this.#logger?.debug({ ms: Math.round(performance.now() - started) }, "flow diagrams drawn");
    } catch (error) {
      this.#logger?.warn(
        { err: error },
        "could not draw the flow diagrams ahead; /who-pays-whom will try",
      );
    }
  }

  /** How many diagrams this thread drew and how many are kept (for tests and the bench). */
  stats(): { readonly draws: number; readonly kept: number } {
    return { draws: this.#draws, kept: this.#kept.size };
  }

  async #readOrDraw(knowledge: Knowledge, variant: DiagramVariant): Promise<Buffer> {
    const saved = await readDiagram(this.#dir, knowledge, variant);
    if (saved) return saved;
    this.#draws += 1;
    // Loaded on first use: a bot whose diagrams are files never loads Skia.
    const { drawFlowDiagram } = await import("./flow-diagram.ts");
    const png = await drawFlowDiagram(flowView(knowledge, variant.language, variant.focus).diagram);
    this.#save(knowledge, variant, png);
    return png;
  }

  #save(knowledge: Knowledge, variant: DiagramVariant, png: Uint8Array): void {
    if (this.#dir === undefined) return;
    saveDiagram(this.#dir, knowledge, variant, png).catch((error: unknown) =>
      this.#logger?.debug({ err: error }, "could not save a drawn diagram; drawn again next start"),
    );
  }

  /**
   * Fills the cache from a worker thread: each variant is a promise the worker's message keeps.
   * If the worker fails, whatever it had not sent is drawn on this thread instead, so a caller
   * never sees the worker's failure.
   */
  #drawOnWorker(knowledge: Knowledge, variants: readonly DiagramVariant[]): boolean {
    const request: DrawRequest = { dir: knowledge.dir, variants };
    let worker: Worker;
    try {
      worker = new Worker(new URL("./diagram-worker.js", import.meta.url), {
        workerData: request,
      });
    } catch (error) {
      this.#logger?.warn(
        { err: error },
        "could not start the diagram worker; drawing on first use",
      );
      return false;
    }
    const started = performance.now();
    // What the worker has yet to send, by cache key: its variant and how to settle its promise.
    const pending = new Map<
      string,
      { variant: DiagramVariant; settle: (png: Promise<Buffer>) => void }
    >();
    for (const variant of variants) {
      const key = cacheKey(knowledge, variant);
      if (this.#kept.has(key)) continue;
      this.#kept.set(
        key,
        new Promise<Buffer>((resolve) => pending.set(key, { variant, settle: resolve })),
      );
    }
    const settle = (key: string, png: Promise<Buffer>) => {
      pending.get(key)?.settle(png);
      pending.delete(key);
    };
    worker.on("message", ({ language, focus, png }: DrawnVariant) => {
      const variant = { language, focus };
      this.#save(knowledge, variant, png);
      settle(cacheKey(knowledge, variant), Promise.resolve(Buffer.from(png)));
      if (pending.size === 0) {
        this.#logger?.debug(
          { ms: Math.round(performance.now() - started), variants: variants.length },
          "flow diagrams drawn on the worker",
        );
      }
    });
    const drawHereInstead = (reason: unknown) => {
      if (pending.size === 0) return;
      this.#logger?.warn(
        { err: reason },
        "the diagram worker stopped early; drawing the rest on this thread",
      );
      for (const [key, { variant }] of [...pending]) {
        this.#kept.delete(key);
        settle(key, this.png(knowledge, variant.language, variant.focus));
      }
    };
    worker.on("error", drawHereInstead);
    worker.on("exit", (code) => drawHereInstead(new Error(`diagram worker exited with ${code}`)));
    return true;
  }
}

function cacheKey(knowledge: Knowledge, variant: DiagramVariant): string {
  return `${knowledge.version}:${variant.language}:${variant.focus ?? ""}`;
}

/** The bot's cache: the build's files and a worker when compiled, memory alone from the sources. */
const shared = new FlowDiagramCache({ dir: builtDiagramsDir(), worker: RUNNING_COMPILED });

/** The diagram as a PNG, drawn (or read) on first use and the same buffer ever after. */
export function flowDiagramPng(
  knowledge: Knowledge,
  language: Language,
  focusId?: string,
): Promise<Buffer> {
  return shared.png(knowledge, language, focusId);
}

/** See FlowDiagramCache.warmUp. */
export function warmUpFlowDiagrams(knowledge: Knowledge, logger?: Logger): Promise<void> {
  return shared.warmUp(knowledge, logger);
}

/** How many diagrams were drawn and how many are kept (for tests and the bench). */
export function flowDiagramCacheStats(): { readonly draws: number; readonly kept: number } {
  return shared.stats();
}
