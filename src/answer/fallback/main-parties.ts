/**
 * The story's main parties (the manifest's entities), as ids: the parties every relation check
 * tells apart from the minor and outside ones. Found once per knowledge.
 */
import type { Knowledge } from "../../knowledge/load.ts";

const partiesByKnowledge = new WeakMap<Knowledge, ReadonlySet<string>>();

export function mainParties(knowledge: Knowledge): ReadonlySet<string> {
  let parties = partiesByKnowledge.get(knowledge);
  if (!parties) {
    parties = new Set(knowledge.manifest.entities.map((entity) => entity.id));
    partiesByKnowledge.set(knowledge, parties);
  }
  return parties;
}
