/**
 * Run by `npm run build` (so by `npm ci` too): draws every /who-pays-whom variant of the knowledge
 * (KNOWLEDGE_DIR) into dist/diagrams, so the bot reads files instead of loading Skia and the fonts
 * at start. A failure is a warning, never a failed build: the bot then draws what is missing on a
 * worker thread while it logs in.
 */
import { loadConfig } from "../config.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { builtDiagramsDir, saveDiagram } from "../render/diagram-files.ts";
import { drawFlowDiagram } from "../render/flow-diagram.ts";
import { flowVariants, flowView } from "../render/flow-view.ts";

const dir = builtDiagramsDir();
if (dir === undefined) {
  process.stderr.write("draw-diagrams: run it compiled (npm run build), not from the sources\n");
  process.exitCode = 64;
} else {
  try {
    const knowledge = loadKnowledge(loadConfig().knowledgeDir);
    const variants = flowVariants(knowledge);
    for (const variant of variants) {
      const png = await drawFlowDiagram(
        flowView(knowledge, variant.language, variant.focus).diagram,
      );
      await saveDiagram(dir, knowledge, variant, png);
    }
    process.stdout.write(`draw-diagrams: ${variants.length} diagrams in ${dir}\n`);
  } catch (error) {
    process.stderr.write(
      `draw-diagrams: not drawn ahead (${error instanceof Error ? error.message : String(error)}); the bot draws them at start\n`,
    );
  }
}
