/**
 * Who pays whom, step by step, from the knowledge folder's flows: each step with its figure (from
 * the fact sheet) and the article's own words where the article has them.
 */

import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Entity, Language } from "../../knowledge/schema.ts";
import type { Citation } from "../types.ts";
import { sectionTitle, sentencesHolding } from "./article-refs.ts";
import { phrases } from "./phrases.ts";
import { quotesAsLines } from "./quote.ts";

export interface FlowStep {
  readonly id: string;
  readonly from: Entity;
  readonly to: Entity;
  /** payment: money from `from` to `to`; compute: `from` runs on what `to` provides. */
  readonly kind: "payment" | "compute";
  readonly what: string;
  readonly figure?: string;
  /** The article sentence this step rests on, if the article has one. */
  readonly citation?: Citation;
}

export interface FlowDescription {
  readonly steps: readonly FlowStep[];
  /** The cycle the money goes round, as names ("A → B → C → A"), if there is one. */
  readonly loop?: { readonly path: readonly Entity[]; readonly statement: string };
}

/** The flows, optionally only those that touch one entity. */
export function describeFlows(
  knowledge: Knowledge,
  language: Language,
  entityId?: string,
): FlowDescription {
  const entity = (id: string) =>
    knowledge.manifest.entities.find((candidate) => candidate.id === id) as Entity;
  const fact = (id: string) => knowledge.facts.find((candidate) => candidate.id === id);
  const steps = knowledge.flows.flows
    .filter((flow) => !entityId || flow.from === entityId || flow.to === entityId)
    .map((flow): FlowStep => {
      const quote = fact(flow.fact)?.quote;
      const holding = quote ? sentencesHolding(knowledge, quote)[0] : undefined;
      return {
        id: flow.id,
        from: entity(flow.from),
        to: entity(flow.to),
        kind: flow.kind,
        what: flow.what[language],
        ...(flow.figure ? { figure: formatFigure(flow.figure, language) } : {}),
        ...(holding
          ? {
              citation: {
                quote: holding.sentence.text,
                section: sectionTitle(knowledge, holding.section),
              },
            }
          : {}),
      };
    });
  const loop = knowledge.flows.loop;
  const loopFact = loop ? fact(loop.fact) : undefined;
  return {
    steps,
    ...(loop && loopFact
      ? { loop: { path: loop.path.map(entity), statement: loopFact.statement[language] } }
      : {}),
  };
}

/**
 * The flows as numbered plain-text steps, each group of steps followed by the quote it rests on
 * (through the one quote renderer: the quote, its translation, its section).
 */
export function flowsAsText(
  knowledge: Knowledge,
  description: FlowDescription,
  language: Language,
): string {
  const lines = description.steps.flatMap((step, index) => {
    const kind = step.kind === "compute" ? ` (${phrases[language].runsOn})` : "";
    const head = `${index + 1}. ${step.from.name[language]} → ${step.to.name[language]}${kind}: ${step.what}${step.figure ? ` (${step.figure})` : ""}`;
    const next = description.steps[index + 1];
    // Steps that rest on the same sentence share one quote, shown after the last of them.
    if (!step.citation || next?.citation?.quote === step.citation.quote) return [head];
    return [
      head,
      ...quotesAsLines(knowledge, [step.citation], language, "plain").map((line) => `   ${line}`),
    ];
  });
  if (description.loop) {
    const path = description.loop.path.map((entity) => entity.name[language]).join(" → ");
    lines.push("", `↻ ${path}`, description.loop.statement);
  }
  return lines.join("\n");
}
