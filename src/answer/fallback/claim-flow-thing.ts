/**
 * "Microsoft buys NVIDIA systems to build that capacity, right?", "마소도 엔비디아 시스템을 사서
 * 용량을 구축하는 거 맞나요?": a claim that names what a payment between two parties buys (the
 * flow's own thing, "systems"), the payer named first, is that payment's fact: a yes. Other words
 * of the claim ("capacity") may name a relation whose fact is another pair's (Anthropic's compute
 * deal); the payment the claim describes is this one.
 * Read only for a payment whose fact gives no figure (a figure claimed is checked as a figure),
 * and for a claim with no figure and no denial.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { writtenAsRecipient } from "./claim-direction.ts";
import { type ConfirmationVerdict, claimDenies } from "./confirm.ts";
import type { QuestionScope } from "./scope.ts";

type Flow = Knowledge["flows"]["flows"][number];

/** A flow's words in parentheses ("(no figure given)") say nothing of what it buys. */
const ASIDE = /\([^)]*\)/gu;

/** A flow's words for what it is, without its asides ("… compute (through Azure)" -> "… compute"). */
export function flowOwnWords(text: string): string {
  return text.replace(ASIDE, " ");
}

/**
 * The concepts each flow's own words name ("buys NVIDIA systems" -> hardware, spend), by flow id,
 * as feature ids ("c:hardware"), parties left out. Read once.
 */
export function flowThings(index: KnowledgeIndex): Map<string, ReadonlySet<string>> {
  return thingsByFlow(index.knowledge, index);
}

const thingsByFlow = oncePerKnowledge((knowledge, index: KnowledgeIndex) => {
  const things = new Map<string, ReadonlySet<string>>();
  for (const flow of knowledge.flows.flows) {
    const features = new Set<string>();
    for (const text of [flow.what.en, flow.what.ko]) {
      for (const term of index.analyze(flowOwnWords(text)).terms) {
        const feature = term.kind === "concept" ? term.features[0] : undefined;
        if (feature && !knowledge.scope.names.has(feature.slice(2))) features.add(feature);
      }
    }
    things.set(flow.id, features);
  }
  return things;
});

function figureless(knowledge: Knowledge, flow: Flow): boolean {
  if (flow.kind === "compute" || flow.figure) return false;
  const fact = factOfFlow(knowledge, flow);
  return fact !== undefined && fact.figure === undefined;
}

export function flowThingClaimed(
  index: KnowledgeIndex,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const { knowledge } = index;
  if (!analysis.asksToConfirm || analysis.terms.some((term) => term.kind === "amount")) {
    return undefined;
  }
  const parties = scope.entities
    .filter((entity) => !entity.outside && knowledge.scope.names.has(entity.id))
    .sort((a, b) => a.position - b.position);
  const [payer, payee] = parties;
  if (!payer || !payee || parties.length !== 2) return undefined;
  const text = analysis.normalized;
  if (writtenAsRecipient(text, payer)) return undefined;
  const things = flowThings(index);
  const flow = knowledge.flows.flows.find(
    (candidate) =>
      candidate.from === payer.id && candidate.to === payee.id && figureless(knowledge, candidate),
  );
  const own = flow ? things.get(flow.id) : undefined;
  if (!flow || !own) return undefined;
  const named = analysis.terms.some(
    (term) => term.kind === "concept" && own.has(term.features[0] ?? ""),
  );
  if (!named || claimDenies(text)) return undefined;
  const fact = factOfFlow(knowledge, flow);
  return fact ? { agrees: true, facts: [fact], reversed: false } : undefined;
}
