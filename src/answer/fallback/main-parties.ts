/**
 * The story's main parties (the manifest's entities), as ids: the parties every relation check
 * tells apart from the minor and outside ones. Found once per knowledge.
 */
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";

export const mainParties = oncePerKnowledge(
  (knowledge): ReadonlySet<string> =>
    new Set(knowledge.manifest.entities.map((entity) => entity.id)),
);
