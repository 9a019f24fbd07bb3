/**
 * Which way a figure goes when no one flow carries it but several into one party add up to it
 * ("Is the $15B going from A to B, or the other way round?", "150억은 누가 누구한테 줘?"): the
 * flows that make it, and where the money lands. A figure of one flow is answered by that flow.
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Flow, Language, Qualifier } from "../../knowledge/schema.ts";
import { withParticle } from "../../search/korean.ts";
import type { Answer } from "../types.ts";
import { flowStep, flowsAnswer } from "./shapes.ts";

/** The flows of money into one party that add up to an amount asked, or undefined. */
export function flowsSummingTo(
  knowledge: Knowledge,
  amounts: ReadonlySet<string>,
): { readonly to: string; readonly flows: readonly Flow[] } | undefined {
  const paid = knowledge.flows.flows.filter(
    (flow) => flow.kind === "payment" && flow.figure?.unit === "USD",
  );
  for (const to of new Set(paid.map((flow) => flow.to))) {
    const into = paid.filter((flow) => flow.to === to);
    if (into.length < 2) continue;
    const sum = into.reduce((total, flow) => total + (flow.figure?.value ?? 0), 0);
    if (amounts.has(String(sum))) return { to, flows: into };
  }
  return undefined;
}

/** The summed flows, the total first and where it goes. */
export function summedFlowAnswer(
  knowledge: Knowledge,
  language: Language,
  amounts: ReadonlySet<string>,
): Answer | undefined {
  const summed = flowsSummingTo(knowledge, amounts);
  if (!summed) return undefined;
  const { to, flows } = summed;
  const qualifiers = [
    ...new Set(flows.flatMap((flow) => flow.figure?.qualifiers ?? [])),
  ] as Qualifier[];
  const value = flows.reduce((total, flow) => total + (flow.figure?.value ?? 0), 0);
  const bare = formatFigure({ value, unit: "USD", qualifiers: [] }, language);
  const total = formatFigure({ value, unit: "USD", qualifiers }, language);
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const steps = flows.map((flow) => flowStep(knowledge, language, flow)).join("; ");
  const receiver = name(to);
  const head =
    language === "ko"
      ? `${withParticle(bare, "은", "는")} ${withParticle(receiver, "으로", "로")} 가는 돈이에요: ${steps} (합계 ${total}).`
      : `The ${bare} goes to ${receiver}: ${steps} (together ${total}).`;
  return flowsAnswer(knowledge, language, flows, head);
}
