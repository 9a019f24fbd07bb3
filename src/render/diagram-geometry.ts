/**
 * The geometry of the flow diagram, free of drawing: nodes on an ellipse, arrows as quadratic
 * curves that leave and enter node boxes, and label boxes placed where they cover nothing else.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Ellipse {
  readonly center: Point;
  readonly radiusX: number;
  readonly radiusY: number;
}

/** A node's box, centred on its place on the ellipse. */
export interface NodePlace {
  readonly center: Point;
  /** Radians; y grows downwards, so growing angles go clockwise. */
  readonly angle: number;
  readonly width: number;
  readonly height: number;
}

/** A quadratic Bézier curve. */
export interface Curve {
  readonly start: Point;
  readonly control: Point;
  readonly end: Point;
}

export function onEllipse(ellipse: Ellipse, angle: number): Point {
  return {
    x: ellipse.center.x + ellipse.radiusX * Math.cos(angle),
    y: ellipse.center.y + ellipse.radiusY * Math.sin(angle),
  };
}

/** Angles for n places round an ellipse: the first at the bottom, then clockwise. */
export function placeAngles(count: number): number[] {
  return Array.from({ length: count }, (_, index) => Math.PI / 2 + (index * 2 * Math.PI) / count);
}

/** A curve along the ellipse from one node to the other, the shorter way round. */
export function arcCurve(from: NodePlace, to: NodePlace, ellipse: Ellipse): Curve {
  let sweep = (to.angle - from.angle) % (2 * Math.PI);
  if (sweep > Math.PI) sweep -= 2 * Math.PI;
  if (sweep < -Math.PI) sweep += 2 * Math.PI;
  const arcMiddle = onEllipse(ellipse, from.angle + sweep / 2);
  const chordMiddle = midpoint(from.center, to.center);
  // A quadratic passes through its control point's midpoint with the chord's middle at t = 0.5.
  const control = { x: 2 * arcMiddle.x - chordMiddle.x, y: 2 * arcMiddle.y - chordMiddle.y };
  return between(from, to, control);
}

/** A straight curve, or one bent to the right of travel by `bend` times its length. */
export function chordCurve(from: NodePlace, to: NodePlace, bend: number): Curve {
  const a = from.center;
  const b = to.center;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // The right-hand normal of the direction of travel (y grows downwards).
  const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  const middle = midpoint(a, b);
  const control = {
    x: middle.x + normal.x * length * bend,
    y: middle.y + normal.y * length * bend,
  };
  return between(from, to, control);
}

function between(from: NodePlace, to: NodePlace, control: Point): Curve {
  return { start: exitPoint(from, control, 10), control, end: exitPoint(to, control, 14) };
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Where a ray from the box's centre towards `toward` leaves the box, plus a gap. */
function exitPoint(box: NodePlace, toward: Point, gap: number): Point {
  const dx = toward.x - box.center.x;
  const dy = toward.y - box.center.y;
  const length = Math.hypot(dx, dy) || 1;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy),
  );
  return {
    x: box.center.x + dx * scale + (dx / length) * gap,
    y: box.center.y + dy * scale + (dy / length) * gap,
  };
}

export function pointOn(curve: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * curve.start.x + 2 * u * t * curve.control.x + t * t * curve.end.x,
    y: u * u * curve.start.y + 2 * u * t * curve.control.y + t * t * curve.end.y,
  };
}

export function boxAround(center: Point, width: number, height: number): Box {
  return {
    left: center.x - width / 2,
    top: center.y - height / 2,
    right: center.x + width / 2,
    bottom: center.y + height / 2,
  };
}

/**
 * A box of the given size on the curve, as near its middle as it can be without touching the
 * taken boxes or leaving [0, width]: it slides along the curve first, then off it. Where no place
 * is free, the one that covers the least of the others.
 */
export function placeOnCurve(
  curve: Curve,
  size: { width: number; height: number },
  taken: readonly Box[],
  canvasWidth: number,
): Box {
  const gap = 10;
  const inside = (box: Box) => box.left >= 8 && box.right <= canvasWidth - 8;
  const covered = (box: Box) =>
    taken.reduce((sum, other) => {
      const width = Math.min(box.right, other.right + gap) - Math.max(box.left, other.left - gap);
      const height = Math.min(box.bottom, other.bottom + gap) - Math.max(box.top, other.top - gap);
      return sum + (width > 0 && height > 0 ? width * height : 0);
    }, 0);
  const middle = pointOn(curve, 0.5);
  const away = { x: middle.x - curve.control.x, y: middle.y - curve.control.y };
  const length = Math.hypot(away.x, away.y) || 1;
  const normal = { x: -away.x / length, y: -away.y / length };
  let best: { box: Box; covered: number } | undefined;
  for (const shift of [0, 20, 40, 60, 80, 100, 120, 140, 160]) {
    for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8]) {
      for (const sign of shift === 0 ? [1] : [1, -1]) {
        const point = pointOn(curve, t);
        const center = {
          x: point.x + normal.x * shift * sign,
          y: point.y + normal.y * shift * sign,
        };
        const box = boxAround(center, size.width, size.height);
        if (!inside(box)) continue;
        const overlap = covered(box);
        if (overlap === 0) return box;
        if (!best || overlap < best.covered) best = { box, covered: overlap };
      }
    }
  }
  return best?.box ?? boxAround(middle, size.width, size.height);
}
