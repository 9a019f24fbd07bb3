/**
 * The /who-pays-whom diagram, drawn once per knowledge, language and focus and then kept: it does
 * not change while the bot runs, and drawing it holds the event loop (tens of milliseconds, and
 * several hundred the first time, while the fonts load). warmUpFlowDiagrams() registers the fonts
 * and draws the unfocused diagram in both languages before the bot logs in, so no user waits on
 * that first draw and no other user's answer stalls behind it.
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import { drawFlowDiagram } from "./flow-diagram.ts";
import { flowView } from "./flow-view.ts";
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
  const key = `${knowledge.version}:${language}:${focus ?? ""}`;
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

/** How many diagrams were drawn and how many are kept (for tests and the bench). */
export function flowDiagramCacheStats(): { readonly draws: number; readonly kept: number } {
  return { draws, kept: drawn.size };
}
