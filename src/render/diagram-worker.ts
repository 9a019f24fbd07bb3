/**
 * Draws the /who-pays-whom variants it is given on a worker thread, so the first draw's cost
 * (fonts, Skia's start, the renders) is paid on the other core while the bot logs in, never on the
 * event loop that answers people. Started by FlowDiagramCache when the compiled bot has variants
 * without a file; it ends when they are drawn, and its memory goes with it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "../knowledge/load.ts";
import type { DiagramVariant } from "./diagram-files.ts";
import { drawFlowDiagram } from "./flow-diagram.ts";
import { flowView } from "./flow-view.ts";

export interface DrawRequest {
  /** The knowledge folder (the worker loads its own copy). */
  readonly dir: string;
  readonly variants: readonly DiagramVariant[];
}

export interface DrawnVariant extends DiagramVariant {
  readonly png: Uint8Array;
}

const { dir, variants } = workerData as DrawRequest;
const knowledge = loadKnowledge(dir);
for (const { language, focus } of variants) {
  const png = await drawFlowDiagram(flowView(knowledge, language, focus).diagram);
  const message: DrawnVariant = { language, focus, png };
  parentPort?.postMessage(message);
}
