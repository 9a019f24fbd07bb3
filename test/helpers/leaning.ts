/** Whether a part leans on the part before, each read on the given index (leaning-part.ts). */
import { leansOnPartBefore } from "../../src/answer/fallback/leaning-part.ts";
import type { KnowledgeIndex } from "../../src/search/knowledge-index.ts";

export function leansOn(index: KnowledgeIndex, before: string, part: string): boolean {
  return leansOnPartBefore(
    { bare: before, analysis: index.analyze(before) },
    part,
    index.analyze(part),
  );
}
