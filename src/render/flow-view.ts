/**
 * /who-pays-whom as data for the screen: the diagram's content and the step-by-step message
 * with the article's quotes, both numbered the same way. Optionally focused on one entity: its
 * flows are listed and drawn brightly, the others faintly.
 */
import { describeFlows, type FlowStep } from "../answer/shared/flows.ts";
import { phrases } from "../answer/shared/phrases.ts";
import { quotesAsLines } from "../answer/shared/quote.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Language } from "../knowledge/schema.ts";
import { type DiagramLegend, type FlowDiagram, styleOf } from "./flow-diagram-model.ts";
import { type UiText, uiText } from "./ui-text.ts";

export interface FlowView {
  readonly diagram: FlowDiagram;
  /** Markdown: numbered steps, each group of steps followed by the quote it rests on. */
  readonly text: string;
  /** The diagram in words, for screen readers (the image's alt text). */
  readonly altText: string;
}

/** Every diagram there is: each language, plain (no focus) and focused on each party. */
export function flowVariants(
  knowledge: Knowledge,
): { readonly language: Language; readonly focus: string | undefined }[] {
  const focuses = [undefined, ...knowledge.manifest.entities.map((entity) => entity.id)];
  return (["ko", "en"] as const).flatMap((language) =>
    focuses.map((focus) => ({ language, focus })),
  );
}

export function flowView(knowledge: Knowledge, language: Language, focusId?: string): FlowView {
  const words = uiText[language];
  const description = describeFlows(knowledge, language);
  const focus = knowledge.manifest.entities.find((entity) => entity.id === focusId);
  const loopPath = description.loop?.path.map((entity) => entity.id) ?? [];
  const inLoop = (step: FlowStep) =>
    loopPath.some((id, index) => id === step.from.id && loopPath[index + 1] === step.to.id);
  const touchesFocus = (step: FlowStep) =>
    !focus || step.from.id === focus.id || step.to.id === focus.id;
  const loop = description.loop;
  const loopPathText = loop?.path.map((entity) => entity.name[language]).join(" → ");
  const runsOn = phrases[language].runsOn;
  const kindText = (step: FlowStep) => (step.kind === "compute" ? ` · *${runsOn}*` : "");

  const diagram: FlowDiagram = {
    title: focus ? `${words.flowsTitle} · ${focus.name[language]}` : words.flowsTitle,
    subtitle: knowledge.manifest.summaryTitle[language],
    entities: knowledge.manifest.entities.map((entity) => ({
      id: entity.id,
      name: entity.name[language],
      color: entity.color ?? "#64748B",
    })),
    flows: description.steps.map((step, index) => ({
      number: index + 1,
      from: step.from.id,
      to: step.to.id,
      kind: step.kind,
      ...(step.kind === "compute" ? { kindLabel: runsOn } : {}),
      ...(step.figure ? { figure: step.figure } : {}),
      what: step.what,
      inLoop: inLoop(step),
      dimmed: !touchesFocus(step),
    })),
    ...(loop && loopPathText
      ? {
          loop: {
            title: words.loopTitle,
            entityIds: loopPath,
            path: loopPathText,
            statement: loop.statement,
          },
        }
      : {}),
    legend: legendFor(description.steps, words),
    ...(focus ? { focus: focus.id } : {}),
  };

  const numbered = description.steps
    .map((step, index) => ({ step, number: index + 1 }))
    .filter(({ step }) => touchesFocus(step));
  const lines = [
    `## ${focus ? words.flowsFocus(focus.name[language]) : words.flowsTitle}`,
    ...numbered.flatMap(({ step, number }, position) => {
      const head = `**${number}.** ${step.from.name[language]} → ${step.to.name[language]}${kindText(step)}${step.figure ? ` · **${step.figure}**` : ""} · ${step.what}`;
      const next = numbered[position + 1]?.step;
      // Steps that rest on the same sentence share one quote, shown after the last of them.
      if (!step.citation || next?.citation?.quote === step.citation.quote) return [head];
      return [head, ...quotesAsLines(knowledge, [step.citation], language, "subtext")];
    }),
  ];
  if (loop && loopPathText && numbered.some(({ step }) => inLoop(step))) {
    lines.push("", `**↻ ${words.loopTitle}:** ${loopPathText}`, loop.statement);
  }
  const altText = [
    diagram.title,
    ...numbered.map(
      ({ step, number }) =>
        `${number}. ${step.from.name[language]} → ${step.to.name[language]}${step.kind === "compute" ? ` (${runsOn})` : ""}: ${step.figure ? `${step.figure}, ` : ""}${step.what}`,
    ),
    ...(loopPathText ? [`↻ ${loopPathText}`] : []),
  ].join("; ");
  return { diagram, text: lines.join("\n"), altText };
}

/** The legend lines for the kinds of flow drawn, in the order payment, no figure, compute. */
function legendFor(steps: readonly FlowStep[], words: UiText): DiagramLegend {
  const used = new Set(steps.map((step) => styleOf(step)));
  const styles = (["payment", "no-figure", "compute"] as const).filter((style) => used.has(style));
  return {
    items: styles.map((style) => ({ style, text: words.legend[style] })),
    note: words.legend.note,
  };
}
