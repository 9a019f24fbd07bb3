/**
 * Draws every /who-pays-whom variant (each language, plain and focused on each party) on a worker
 * thread, so the first draw's cost (fonts, Skia's start, the renders) is paid on the other core
 * while the bot logs in, never on the event loop that answers people. Started by
 * warmUpFlowDiagrams() when the bot runs compiled.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "../knowledge/load.ts";
import { drawFlowDiagram } from "./flow-diagram.ts";
import { flowVariants, flowView } from "./flow-view.ts";
import { ensureFonts } from "./fonts.ts";

export interface DrawnVariant {
  readonly language: "ko" | "en";
  readonly focus: string | undefined;
  readonly png: Uint8Array;
}

const { dir } = workerData as { dir: string };
const knowledge = loadKnowledge(dir);
ensureFonts();
for (const { language, focus } of flowVariants(knowledge)) {
  const png = await drawFlowDiagram(flowView(knowledge, language, focus).diagram);
  const message: DrawnVariant = { language, focus, png };
  parentPort?.postMessage(message);
}
