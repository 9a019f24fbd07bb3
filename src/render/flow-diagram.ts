/**
 * Draws a money-flow diagram as a PNG: the entities on an ellipse (in the loop's order when the
 * flows go round one), the loop's flows as glowing arcs along the ellipse so the circle shows,
 * other flows as straight arrows inside it, each with a pill holding its step number, figure and
 * what it is for. A payment is a solid arrow (dashed when no amount was given); a compute link
 * ("runs on") is dotted in its own colour, so capacity never reads as money. A legend at the
 * bottom says so. Generic: any 2 to 8 entities, any flows.
 */
import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import { ellipsize, isLight, roundedRect, wrap } from "./canvas-text.ts";
import {
  arcCurve,
  type Box,
  boxAround,
  type Curve,
  chordCurve,
  type Ellipse,
  type NodePlace,
  onEllipse,
  type Point,
  placeAngles,
  placeOnCurve,
} from "./diagram-geometry.ts";
import {
  type DiagramEntity,
  type DiagramFlow,
  type DiagramLegend,
  type FlowDiagram,
  type LegendStyle,
  styleOf,
} from "./flow-diagram-model.ts";
import { ensureFonts, font } from "./fonts.ts";

export type * from "./flow-diagram-model.ts";

const WIDTH = 1400;
const HEIGHT = 1120;
const MARGIN = 56;
/** Exported so a test can check every text colour's contrast against what it is drawn on. */
export const COLORS = {
  backgroundTop: "#0F172A",
  backgroundBottom: "#1E293B",
  title: "#F8FAFC",
  subtitle: "#94A3B8",
  pill: "#0B1220",
  pillText: "#F8FAFC",
  pillDetail: "#CBD5E1",
  loop: "#FBBF24",
  /** Compute links: a colour no entity uses, dotted. */
  compute: "#C4B5FD",
  legendText: "#E2E8F0",
  legendSample: "#CBD5E1",
} as const;

interface NodeBox extends NodePlace {
  readonly entity: DiagramEntity;
}

export async function drawFlowDiagram(diagram: FlowDiagram): Promise<Buffer> {
  ensureFonts();
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext("2d");
  ctx.lang = "ko";
  drawBackground(ctx);
  drawHeader(ctx, diagram);
  const footerTop = drawFooter(ctx, diagram);
  const ellipse = ellipseFor({ top: 196, bottom: footerTop - 36 });
  const nodes = layoutNodes(ctx, ordered(diagram), ellipse);
  const curves = diagram.flows.flatMap((flow) => {
    const from = nodes.find((node) => node.entity.id === flow.from);
    const to = nodes.find((node) => node.entity.id === flow.to);
    if (!from || !to) return [];
    return [{ flow, curve: curveFor(flow, from, to, diagram, ellipse) }];
  });
  // Glow under the loop first, then arrows, then nodes, then labels on top of everything.
  for (const { flow, curve } of curves) if (flow.inLoop && !flow.dimmed) drawGlow(ctx, curve);
  for (const { flow, curve } of curves) drawArrow(ctx, curve, flowColor(diagram, flow), flow);
  for (const node of nodes) drawNode(ctx, node, node.entity.id === diagram.focus);
  const taken: Box[] = nodes.map((node) => boxAround(node.center, node.width, node.height));
  // The badge sits in the upper middle, leaving the centre to the arrows that cross it.
  const badgeCenter = { x: ellipse.center.x, y: ellipse.center.y - ellipse.radiusY * 0.42 };
  if (diagram.loop) taken.push(drawLoopBadge(ctx, badgeCenter, diagram.loop.title));
  // Straight arrows cross the middle, where room is scarce: their labels are placed first, and
  // the loop's labels, which can slide along the rim, after them.
  const labelOrder = [...curves].sort((a, b) => Number(a.flow.inLoop) - Number(b.flow.inLoop));
  for (const { flow, curve } of labelOrder) {
    const label = measureLabel(ctx, flow);
    const box = placeOnCurve(curve, label, taken, WIDTH);
    taken.push(box);
    drawLabel(ctx, box, label, flowColor(diagram, flow), flow);
  }
  return canvas.encode("png");
}

function drawBackground(ctx: SKRSContext2D): void {
  const gradient = ctx.createLinearGradient(0, 0, 0, HEIGHT);
  gradient.addColorStop(0, COLORS.backgroundTop);
  gradient.addColorStop(1, COLORS.backgroundBottom);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
}

function drawHeader(ctx: SKRSContext2D, diagram: FlowDiagram): void {
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = COLORS.title;
  ctx.font = font(46, "bold");
  ctx.fillText(ellipsize(ctx, diagram.title, WIDTH - 2 * MARGIN), MARGIN, 88);
  ctx.fillStyle = COLORS.subtitle;
  ctx.font = font(26);
  ctx.fillText(ellipsize(ctx, diagram.subtitle, WIDTH - 2 * MARGIN), MARGIN, 130);
}

/** The loop box and the legend at the bottom; returns the y where the footer starts. */
function drawFooter(ctx: SKRSContext2D, diagram: FlowDiagram): number {
  const legendTop = drawLegend(ctx, diagram.legend);
  if (!diagram.loop) return legendTop - 24;

  const { loop } = diagram;
  const innerWidth = WIDTH - 2 * MARGIN - 48;
  const statement = statementLines(ctx, loop.statement);
  ctx.font = font(STATEMENT_FONT);
  const height = 24 + 34 + 10 + statement.length * 34 + 18;
  const top = legendTop - 20 - height;
  roundedRect(ctx, MARGIN, top, WIDTH - 2 * MARGIN, height, 18);
  ctx.fillStyle = "rgba(251, 191, 36, 0.08)";
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = "rgba(251, 191, 36, 0.55)";
  ctx.stroke();

  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = COLORS.loop;
  ctx.font = font(28, "bold");
  const heading = `↻ ${loop.title}`;
  ctx.fillText(heading, MARGIN + 24, top + 24 + 28);
  const headingWidth = ctx.measureText(heading).width;
  ctx.fillStyle = COLORS.title;
  ctx.font = font(26, "bold");
  ctx.fillText(
    ellipsize(ctx, loop.path, innerWidth - headingWidth - 24),
    MARGIN + 24 + headingWidth + 24,
    top + 24 + 28,
  );
  ctx.fillStyle = COLORS.pillDetail;
  ctx.font = font(STATEMENT_FONT);
  statement.forEach((line, index) => {
    ctx.fillText(line, MARGIN + 24, top + 24 + 34 + 10 + 26 + index * 34);
  });
  return top;
}

const STATEMENT_FONT = 24;
const LEGEND_FONT = 25;
const LEGEND_ROW = 36;
const LEGEND_SAMPLE = 54;

function statementLines(ctx: SKRSContext2D, statement: string): string[] {
  ctx.font = font(STATEMENT_FONT);
  return wrap(ctx, statement, WIDTH - 2 * MARGIN - 48).slice(0, 3);
}

/**
 * The legend: a sample of each kind of line the diagram uses with what it means, then where the
 * figures come from, flowing onto a second row when one is not enough. Returns its top.
 */
function drawLegend(ctx: SKRSContext2D, legend: DiagramLegend): number {
  ctx.font = font(LEGEND_FONT);
  const entries = [
    ...legend.items.map((item) => ({
      item,
      width: LEGEND_SAMPLE + 12 + ctx.measureText(item.text).width,
    })),
    { item: undefined, width: ctx.measureText(legend.note).width },
  ];
  const rows: (typeof entries)[] = [[]];
  let used = 0;
  for (const entry of entries) {
    const row = rows.at(-1) as typeof entries;
    const needed = (row.length > 0 ? LEGEND_GAP : 0) + entry.width;
    if (row.length > 0 && used + needed > WIDTH - 2 * MARGIN) {
      rows.push([entry]);
      used = entry.width;
    } else {
      row.push(entry);
      used += needed;
    }
  }
  const bottom = HEIGHT - 22;
  const top = bottom - rows.length * LEGEND_ROW;
  rows.forEach((row, rowIndex) => {
    const middle = top + rowIndex * LEGEND_ROW + LEGEND_ROW / 2;
    let x = MARGIN;
    for (const { item, width } of row) {
      let textX = x;
      if (item) {
        drawLegendSample(ctx, item.style, x, middle);
        textX = x + LEGEND_SAMPLE + 12;
      }
      ctx.font = font(LEGEND_FONT);
      ctx.fillStyle = COLORS.legendText;
      ctx.textAlign = "left";
      ctx.textBaseline = "middle";
      ctx.fillText(item ? item.text : legend.note, textX, middle);
      x += width + LEGEND_GAP;
    }
  });
  return top;
}

const LEGEND_GAP = 30;

function drawLegendSample(ctx: SKRSContext2D, style: LegendStyle, x: number, y: number): void {
  ctx.save();
  const color = style === "compute" ? COLORS.compute : COLORS.legendSample;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 4;
  ctx.lineCap = style === "compute" ? "round" : "butt";
  ctx.setLineDash(lineDash(style, 4));
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + LEGEND_SAMPLE - 12, y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x + LEGEND_SAMPLE, y);
  ctx.lineTo(x + LEGEND_SAMPLE - 14, y - 8);
  ctx.lineTo(x + LEGEND_SAMPLE - 14, y + 8);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** Solid for a payment, dashed when no amount was given, round dots for a compute link. */
function lineDash(style: LegendStyle, lineWidth: number): number[] {
  if (style === "compute") return [0.01, lineWidth * 2.6];
  if (style === "no-figure") return [lineWidth * 2.8, lineWidth * 2.4];
  return [];
}

const NODE_HEIGHT = 92;

/** The ellipse the nodes sit on: its top leaves room for a pill on the top arc. */
function ellipseFor(area: { top: number; bottom: number }): Ellipse {
  const top = area.top + 40;
  const bottom = area.bottom - NODE_HEIGHT / 2;
  return {
    center: { x: WIDTH / 2, y: (top + bottom) / 2 },
    radiusX: WIDTH / 2 - MARGIN - 190,
    radiusY: (bottom - top) / 2,
  };
}

/** The loop's entities first, in its order, so its flows join neighbours; then the others. */
function ordered(diagram: FlowDiagram): DiagramEntity[] {
  const loopIds = [...new Set(diagram.loop?.entityIds ?? [])];
  const byId = (id: string) => diagram.entities.find((entity) => entity.id === id);
  const first = loopIds.flatMap((id) => byId(id) ?? []);
  return [...first, ...diagram.entities.filter((entity) => !first.includes(entity))];
}

/** The first entity at the bottom, then clockwise round the ellipse. */
function layoutNodes(
  ctx: SKRSContext2D,
  entities: readonly DiagramEntity[],
  ellipse: Ellipse,
): NodeBox[] {
  ctx.font = font(34, "bold");
  const angles = placeAngles(entities.length);
  return entities.map((entity, index) => {
    const angle = angles[index] ?? 0;
    return {
      entity,
      angle,
      width: Math.max(240, ctx.measureText(entity.name).width + 72),
      height: NODE_HEIGHT,
      center: onEllipse(ellipse, angle),
    };
  });
}

function drawNode(ctx: SKRSContext2D, node: NodeBox, focused: boolean): void {
  const { center, width, height, entity } = node;
  if (focused) {
    roundedRect(
      ctx,
      center.x - width / 2 - 9,
      center.y - height / 2 - 9,
      width + 18,
      height + 18,
      31,
    );
    ctx.lineWidth = 4;
    ctx.strokeStyle = "#F8FAFC";
    ctx.stroke();
  }
  ctx.save();
  ctx.shadowColor = "rgba(0, 0, 0, 0.45)";
  ctx.shadowBlur = 28;
  ctx.shadowOffsetY = 8;
  roundedRect(ctx, center.x - width / 2, center.y - height / 2, width, height, 24);
  ctx.fillStyle = entity.color;
  ctx.fill();
  ctx.restore();
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.25)";
  ctx.stroke();
  ctx.fillStyle = isLight(entity.color) ? "#0B1220" : "#FFFFFF";
  ctx.font = font(34, "bold");
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(entity.name, center.x, center.y + 2);
}

/**
 * A loop flow follows the ellipse from node to node, so the loop reads as a circle; any other
 * flow is straight, or slightly bent when the pair also has a flow back.
 */
function curveFor(
  flow: DiagramFlow,
  from: NodeBox,
  to: NodeBox,
  diagram: FlowDiagram,
  ellipse: Ellipse,
): Curve {
  if (flow.inLoop) return arcCurve(from, to, ellipse);
  const hasReverse = diagram.flows.some(
    (other) => other.from === flow.to && other.to === flow.from && !other.inLoop,
  );
  return chordCurve(from, to, hasReverse ? 0.12 : 0);
}

function drawGlow(ctx: SKRSContext2D, curve: Curve): void {
  ctx.save();
  ctx.strokeStyle = "rgba(251, 191, 36, 0.28)";
  ctx.shadowColor = "rgba(251, 191, 36, 0.9)";
  ctx.shadowBlur = 24;
  ctx.lineWidth = 16;
  ctx.lineCap = "round";
  strokeCurve(ctx, curve);
  ctx.restore();
}

function drawArrow(ctx: SKRSContext2D, curve: Curve, color: string, flow: DiagramFlow): void {
  ctx.save();
  ctx.globalAlpha = flow.dimmed ? 0.2 : 1;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = flow.inLoop ? 6 : 5;
  ctx.lineCap = "round";
  ctx.setLineDash(lineDash(styleOf(flow), ctx.lineWidth));
  // Stop the line short of the tip so the arrowhead stays sharp.
  const tip = curve.end;
  const angle = Math.atan2(tip.y - curve.control.y, tip.x - curve.control.x);
  const headLength = 26;
  const base = {
    x: tip.x - Math.cos(angle) * headLength * 0.8,
    y: tip.y - Math.sin(angle) * headLength * 0.8,
  };
  strokeCurve(ctx, { ...curve, end: base });
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(
    tip.x - headLength * Math.cos(angle - 0.42),
    tip.y - headLength * Math.sin(angle - 0.42),
  );
  ctx.lineTo(
    tip.x - headLength * Math.cos(angle + 0.42),
    tip.y - headLength * Math.sin(angle + 0.42),
  );
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

function strokeCurve(ctx: SKRSContext2D, curve: Curve): void {
  ctx.beginPath();
  ctx.moveTo(curve.start.x, curve.start.y);
  ctx.quadraticCurveTo(curve.control.x, curve.control.y, curve.end.x, curve.end.y);
  ctx.stroke();
}

interface Label {
  readonly width: number;
  readonly height: number;
  readonly whatLines: readonly string[];
}

const BADGE_RADIUS = 17;
const LABEL_TEXT_WIDTH = 340;
const WHAT_FONT = 23;
const WHAT_LINE = 29;
const FIGURE_FONT = 29;
const FIGURE_LINE = 32;
const TAG_FONT = 22;

/** What a flow is for, wrapped as its pill shows it (at most two lines). */
function labelLines(ctx: SKRSContext2D, flow: DiagramFlow): string[] {
  ctx.font = font(WHAT_FONT);
  return wrap(ctx, flow.what, LABEL_TEXT_WIDTH).slice(0, 2);
}

/** The size of a flow's pill: step number, kind tag, figure, and what the flow is for. */
function measureLabel(ctx: SKRSContext2D, flow: DiagramFlow): Label {
  const whatLines = labelLines(ctx, flow);
  ctx.font = font(WHAT_FONT);
  const whatWidth = Math.max(...whatLines.map((line) => ctx.measureText(line).width));
  ctx.font = font(FIGURE_FONT, "bold");
  const figureWidth = flow.figure ? ctx.measureText(flow.figure).width : 0;
  const tagWidth = flow.kindLabel ? tagSpace(ctx, flow.kindLabel) : 0;
  const hasTopLine = flow.figure !== undefined || flow.kindLabel !== undefined;
  return {
    whatLines,
    width: 16 + BADGE_RADIUS * 2 + 12 + Math.max(tagWidth + figureWidth, whatWidth) + 18,
    height: 22 + (hasTopLine ? FIGURE_LINE : 0) + whatLines.length * WHAT_LINE,
  };
}

/** The width a kind tag ("runs on") takes before the figure, its gap included. */
function tagSpace(ctx: SKRSContext2D, label: string): number {
  ctx.font = font(TAG_FONT, "bold");
  return ctx.measureText(label).width + 12;
}

function drawLabel(
  ctx: SKRSContext2D,
  box: Box,
  label: Label,
  color: string,
  flow: DiagramFlow,
): void {
  const { left, top } = box;
  ctx.save();
  ctx.globalAlpha = flow.dimmed ? 0.35 : 1;
  roundedRect(ctx, left, top, label.width, label.height, 16);
  ctx.fillStyle = COLORS.pill;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = color;
  if (flow.kind === "compute") ctx.setLineDash([2, 5]);
  ctx.stroke();
  ctx.setLineDash([]);

  const badgeCenter = { x: left + 16 + BADGE_RADIUS, y: top + label.height / 2 };
  ctx.beginPath();
  ctx.arc(badgeCenter.x, badgeCenter.y, BADGE_RADIUS, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.fillStyle = isLight(color) ? "#0B1220" : "#FFFFFF";
  ctx.font = font(20, "bold");
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(String(flow.number), badgeCenter.x, badgeCenter.y + 1);

  const textLeft = badgeCenter.x + BADGE_RADIUS + 12;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  let baseline = top + 10;
  if (flow.figure !== undefined || flow.kindLabel !== undefined) {
    baseline += FIGURE_LINE;
    let figureLeft = textLeft;
    if (flow.kindLabel) {
      figureLeft += tagSpace(ctx, flow.kindLabel);
      ctx.fillStyle = COLORS.compute;
      ctx.font = font(TAG_FONT, "bold");
      ctx.fillText(flow.kindLabel, textLeft, baseline);
    }
    if (flow.figure) {
      ctx.fillStyle = COLORS.pillText;
      ctx.font = font(FIGURE_FONT, "bold");
      ctx.fillText(flow.figure, figureLeft, baseline);
    }
  }
  ctx.fillStyle = COLORS.pillDetail;
  ctx.font = font(WHAT_FONT);
  for (const line of label.whatLines) {
    baseline += WHAT_LINE;
    ctx.fillText(line, textLeft, baseline);
  }
  ctx.restore();
}

/**
 * Every text the diagram wraps, as it wraps it: each flow's pill lines and the loop statement's
 * lines. For tests that look for awkward breaks.
 */
export function wrappedTexts(diagram: FlowDiagram): {
  readonly labels: readonly (readonly string[])[];
  readonly statement: readonly string[];
} {
  ensureFonts();
  const ctx = createCanvas(8, 8).getContext("2d");
  return {
    labels: diagram.flows.map((flow) => labelLines(ctx, flow)),
    statement: diagram.loop ? statementLines(ctx, diagram.loop.statement) : [],
  };
}

/** The ↻ mark and the loop's name in the middle of the circle; returns the space it takes. */
function drawLoopBadge(ctx: SKRSContext2D, center: Point, title: string): Box {
  ctx.save();
  ctx.fillStyle = COLORS.loop;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.font = font(64, "bold");
  ctx.fillText("↻", center.x, center.y - 12);
  ctx.font = font(22, "bold");
  ctx.fillText(title, center.x, center.y + 34);
  const width = Math.max(70, ctx.measureText(title).width);
  ctx.restore();
  return boxAround(center, width, 100);
}

/** A payment in its payer's colour; a compute link in the compute colour. */
function flowColor(diagram: FlowDiagram, flow: DiagramFlow): string {
  return flow.kind === "compute" ? COLORS.compute : colorOf(diagram, flow.from);
}

function colorOf(diagram: FlowDiagram, entityId: string): string {
  return diagram.entities.find((entity) => entity.id === entityId)?.color ?? "#94A3B8";
}
