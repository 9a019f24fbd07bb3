/**
 * A text's characters copied into one new flat string, the same characters in the same order.
 *
 * Why: V8 keeps a string in one of several shapes (sequential, joined from two strings, a slice
 * of another, one byte or two a character). The scanners' `charCodeAt` / `length` / `indexOf`
 * sites each learn the shapes they see, and past four they fall back to a generic lookup, about a
 * tenth of an answer's instructions (docs/benchmarks.md, round twenty-three). A question's texts
 * copied once into the sequential shape keep those sites to the two sequential shapes and the
 * literals'.
 */

/** Code units copied per `String.fromCharCode` call: far under any engine's argument limit. */
const CHUNK = 4_096;
const codes: number[] = [];

export function flatText(text: string): string {
  const length = text.length;
  // One character is a shared constant string already; an empty one has nothing to copy.
  if (length < 2) return text;
  if (length <= CHUNK) return copied(text, 0, length);
  // A long text in chunks, joined (join writes one sequential string, where + would not).
  const chunks: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    chunks.push(copied(text, from, Math.min(length, from + CHUNK)));
  }
  return chunks.join("");
}

function copied(text: string, from: number, to: number): string {
  codes.length = to - from;
  for (let at = from; at < to; at++) codes[at - from] = text.charCodeAt(at);
  return String.fromCharCode.apply(null, codes);
}
