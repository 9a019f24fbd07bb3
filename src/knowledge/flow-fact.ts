/** The fact a flow of money or compute rests on: flows.json names it by id (load.ts checks it is there). */
import type { Knowledge } from "./load.ts";
import type { Fact, Flow } from "./schema.ts";

export function factOfFlow(knowledge: Knowledge, flow: Pick<Flow, "fact">): Fact | undefined {
  return knowledge.facts.find((fact) => fact.id === flow.fact);
}
