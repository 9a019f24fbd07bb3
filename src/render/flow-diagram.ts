/**
 * Draws a money-flow diagram as a PNG: the entities on an ellipse (in the loop's order when the
 * flows go round one), the loop's flows as glowing arcs along the ellipse so the circle shows,
 * other flows as straight arrows inside it, each with a pill holding its step number, figure and
 * what it is for. Generic: any 2 to 8 entities, any flows.
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
import { ensureFonts, font } from "./fonts.ts";

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
  readonly footnote: string;
  /** The entity asked about, drawn with a ring. */
  readonly focus?: string;
}

const WIDTH = 1400;
const HEIGHT = 1050;
const MARGIN = 56;
const COLORS = {
  backgroundTop: "#0F172A",
  backgroundBottom: "#1E293B",
  title: "#F8FAFC",
  subtitle: "#94A3B8",
  pill: "#0B1220",
  pillText: "#F8FAFC",
  pillDetail: "#CBD5E1",
  loop: "#FBBF24",
  footnote: "#64748B",
};

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
  for (const { flow, curve } of curves) drawArrow(ctx, curve, colorOf(diagram, flow.from), flow);
  for (const node of nodes) drawNode(ctx, node, node.entity.id === diagram.focus);
  const taken: Box[] = nodes.map((node) => boxAround(node.center, node.width, node.height));
  if (diagram.loop) taken.push(drawLoopBadge(ctx, ellipse.center, diagram.loop.title));
  for (const { flow, curve } of curves) {
    const label = measureLabel(ctx, flow);
    const box = placeOnCurve(curve, label, taken, WIDTH);
    taken.push(box);
    drawLabel(ctx, box, label, colorOf(diagram, flow.from), flow);
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

/** The loop box and the footnote at the bottom; returns the y where the footer starts. */
function drawFooter(ctx: SKRSContext2D, diagram: FlowDiagram): number {
  const footnoteY = HEIGHT - 30;
  ctx.font = font(20);
  ctx.fillStyle = COLORS.footnote;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.fillText(ellipsize(ctx, diagram.footnote, WIDTH - 2 * MARGIN), MARGIN, footnoteY);
  if (!diagram.loop) return footnoteY - 30;

  const { loop } = diagram;
  const innerWidth = WIDTH - 2 * MARGIN - 48;
  ctx.font = font(22);
  const statement = wrap(ctx, loop.statement, innerWidth).slice(0, 3);
  const height = 24 + 34 + 10 + statement.length * 32 + 18;
  const top = footnoteY - 30 - height;
  roundedRect(ctx, MARGIN, top, WIDTH - 2 * MARGIN, height, 18);
  ctx.fillStyle = "rgba(251, 191, 36, 0.08)";
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = "rgba(251, 191, 36, 0.55)";
  ctx.stroke();

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
  ctx.font = font(22);
  statement.forEach((line, index) => {
    ctx.fillText(line, MARGIN + 24, top + 24 + 34 + 10 + 24 + index * 32);
  });
  return top;
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
  if (flow.figure === undefined) ctx.setLineDash([14, 12]);
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

/** The size of a flow's pill: step number, figure, and what the flow is for. */
function measureLabel(ctx: SKRSContext2D, flow: DiagramFlow): Label {
  ctx.font = font(21);
  const whatLines = wrap(ctx, flow.what, LABEL_TEXT_WIDTH).slice(0, 2);
  const whatWidth = Math.max(...whatLines.map((line) => ctx.measureText(line).width));
  ctx.font = font(29, "bold");
  const figureWidth = flow.figure ? ctx.measureText(flow.figure).width : 0;
  return {
    whatLines,
    width: 16 + BADGE_RADIUS * 2 + 12 + Math.max(figureWidth, whatWidth) + 18,
    height: 22 + (flow.figure ? 32 : 0) + whatLines.length * 27,
  };
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
  ctx.stroke();

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
  if (flow.figure) {
    baseline += 32;
    ctx.fillStyle = COLORS.pillText;
    ctx.font = font(29, "bold");
    ctx.fillText(flow.figure, textLeft, baseline);
  }
  ctx.fillStyle = COLORS.pillDetail;
  ctx.font = font(21);
  for (const line of label.whatLines) {
    baseline += 27;
    ctx.fillText(line, textLeft, baseline);
  }
  ctx.restore();
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

function colorOf(diagram: FlowDiagram, entityId: string): string {
  return diagram.entities.find((entity) => entity.id === entityId)?.color ?? "#94A3B8";
}
