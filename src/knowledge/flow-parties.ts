/** The parties money or compute flows between (every flow's payer and payee), read once per knowledge. */
import type { Knowledge } from "./load.ts";
import { oncePerKnowledge } from "./once-per-knowledge.ts";

export const flowParties = oncePerKnowledge(
  (knowledge: Knowledge): ReadonlySet<string> =>
    new Set(knowledge.flows.flows.flatMap((flow) => [flow.from, flow.to])),
);
