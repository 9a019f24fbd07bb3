/** Small drawing helpers for @napi-rs/canvas: wrapped and shortened text, shapes, contrast. */
import type { SKRSContext2D } from "@napi-rs/canvas";

export function roundedRect(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, radius);
}

/** Relative luminance test for picking dark or light text on a colour. */
export function isLight(hex: string): boolean {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
}

/**
 * Words wrapped to a width with the current font (Korean wraps at spaces too), in as few lines as
 * greedy wrapping needs but balanced, so no line is left with one short word; a parenthesised
 * group ("(no figure given)") stays on one line when it fits.
 */
export function wrap(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const units = wrapUnits(ctx, text, maxWidth);
  const width = (line: string) => ctx.measureText(line).width;
  const lineCount = greedyLines(units, maxWidth, width).length;
  // The narrowest width that still needs no more lines than the widest one.
  let low = Math.max(0, ...units.map(width));
  let high = maxWidth;
  if (low < high && lineCount > 1) {
    for (let step = 0; step < 12 && high - low > 1; step++) {
      const middle = (low + high) / 2;
      if (greedyLines(units, middle, width).length <= lineCount) high = middle;
      else low = middle;
    }
  }
  return greedyLines(units, Math.min(high, maxWidth), width).map((line) =>
    ellipsize(ctx, line, maxWidth),
  );
}

/**
 * The pieces a line may break between: words, except that a parenthesised group, a run of
 * capitalised words (a name: "Vera Rubin") and a bare symbol with the word after it ("→ B",
 * "· C") each stay together when they fit on a line.
 */
function wrapUnits(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const fits = (group: string) => ctx.measureText(group).width <= maxWidth;
  const units: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    let end = index;
    if (word.includes("(") && !word.includes(")")) end = closingIndex(words, index);
    else if (NAME_WORD.test(word)) {
      while (NAME_WORD.test(words[end + 1] ?? "")) end += 1;
    }
    const group = words.slice(index, end + 1).join(" ");
    if (end > index && fits(group)) {
      units.push(group);
      index = end;
    } else units.push(word);
  }
  // A bare symbol ("→", "·", "/") never ends a line: it goes with the piece after it.
  const joined: string[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as string;
    const next = units[index + 1];
    if (!/[\p{L}\p{N}]/u.test(unit) && next !== undefined && fits(`${unit} ${next}`)) {
      joined.push(`${unit} ${next}`);
      index += 1;
    } else joined.push(unit);
  }
  return joined;
}

/** A capitalised Latin word, as in a product or person's name. */
const NAME_WORD = /^[A-Z][A-Za-z0-9.-]*$/;

/** The index of the word that closes the parenthesis opened at `from` (itself if none does). */
function closingIndex(words: readonly string[], from: number): number {
  for (let index = from + 1; index < words.length; index++) {
    if (words[index]?.includes(")")) return index;
  }
  return from;
}

function greedyLines(
  units: readonly string[],
  maxWidth: number,
  width: (line: string) => number,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const unit of units) {
    const candidate = line === "" ? unit : `${line} ${unit}`;
    if (line === "" || width(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = unit;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The text, shortened with an ellipsis if it is wider than maxWidth. */
export function ellipsize(ctx: SKRSContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
