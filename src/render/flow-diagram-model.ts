/**
 * What a money-flow diagram shows (entities, flows, the loop, the legend), apart from how it is
 * drawn: building one (flow-view.ts) needs no canvas, so only drawing loads Skia.
 */

export interface DiagramEntity {
  readonly id: string;
  readonly name: string;
  /** #RRGGBB */
  readonly color: string;
}

export interface DiagramFlow {
  /** The step number, matching the numbered list in the message. */
  readonly number: number;
  readonly from: string;
  readonly to: string;
  /** payment: money from `from` to `to`; compute: `from` runs on capacity `to` provides. */
  readonly kind: "payment" | "compute";
  /** The words that say what a compute link is ("runs on"), shown in its pill. */
  readonly kindLabel?: string;
  /** The amount with its qualifiers ("up to $5 billion"); absent when no figure was given. */
  readonly figure?: string;
  readonly what: string;
  /** Part of the loop the money goes round. */
  readonly inLoop: boolean;
  /** Drawn faintly (another company was asked about). */
  readonly dimmed: boolean;
}

export interface FlowDiagram {
  readonly title: string;
  readonly subtitle: string;
  readonly entities: readonly DiagramEntity[];
  readonly flows: readonly DiagramFlow[];
  readonly loop?: {
    readonly title: string;
    /** Entity ids in the order the money goes round. */
    readonly entityIds: readonly string[];
    /** The same as names ("A → B → C → A"). */
    readonly path: string;
    readonly statement: string;
  };
  /** What each kind of line means, and where the figures come from. */
  readonly legend: DiagramLegend;
  /** The entity asked about, drawn with a ring. */
  readonly focus?: string;
}

export type LegendStyle = "payment" | "no-figure" | "compute";

export interface DiagramLegend {
  /** Only the styles the diagram uses. */
  readonly items: readonly { readonly style: LegendStyle; readonly text: string }[];
  readonly note: string;
}

export function styleOf(flow: Pick<DiagramFlow, "kind" | "figure">): LegendStyle {
  if (flow.kind === "compute") return "compute";
  return flow.figure === undefined ? "no-figure" : "payment";
}
