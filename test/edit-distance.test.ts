import { describe, expect, it } from "vitest";
import { editDistance, withinOneEdit } from "../src/search/edit-distance.ts";

/** Every string of up to `length` letters of `alphabet`. */
function allStrings(alphabet: string, length: number): string[] {
  const found = [""];
  for (let at = 0; at < found.length; at++) {
    const word = found[at] as string;
    if (word.length < length) for (const letter of alphabet) found.push(word + letter);
  }
  return found;
}

/** A fixed sequence of pseudo-random numbers (no clock, the same on every run). */
function pseudoRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

// withinOneEdit reads the pairs in one pass; it must say what the bounded table says.
describe("withinOneEdit", () => {
  it("agrees with editDistance on every pair of short strings", () => {
    const words = allStrings("xyz", 4);
    for (const a of words) {
      for (const b of words) {
        expect(withinOneEdit(a, b), `${a} / ${b}`).toBe(editDistance(a, b, 1) <= 1);
      }
    }
  });

  it("agrees with editDistance on longer strings and on code arrays", () => {
    const next = pseudoRandom(7);
    const letters = "qrstuv";
    const randomWord = (length: number) =>
      Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join("");
    for (let trial = 0; trial < 20_000; trial++) {
      const a = randomWord(3 + Math.floor(next() * 9));
      // Mostly near pairs: one or two edits of a, so both answers are seen often.
      let b = a;
      for (let edit = Math.floor(next() * 3); edit > 0; edit--) {
        const at = Math.floor(next() * (b.length + 1));
        const kind = Math.floor(next() * 4);
        if (kind === 0) b = b.slice(0, at) + randomWord(1) + b.slice(at);
        else if (kind === 1) b = b.slice(0, at) + b.slice(at + 1);
        else if (kind === 2) b = b.slice(0, at) + randomWord(1) + b.slice(at + 1);
        else if (at + 1 < b.length) b = b.slice(0, at) + b[at + 1] + b[at] + b.slice(at + 2);
      }
      const expected = editDistance(a, b, 1) <= 1;
      expect(withinOneEdit(a, b), `${a} / ${b}`).toBe(expected);
      const codes = (word: string) => [...word].map((letter) => letter.charCodeAt(0) * 3);
      expect(withinOneEdit(codes(a), codes(b)), `${a} / ${b} as codes`).toBe(expected);
    }
  });

  it("reads Hangul jamo arrays and long words", () => {
    expect(withinOneEdit([1, 2, 3, 4], [1, 3, 2, 4])).toBe(true);
    expect(withinOneEdit([1, 2, 3, 4], [2, 1, 4, 3])).toBe(false);
    expect(withinOneEdit("a".repeat(100), `${"a".repeat(50)}b${"a".repeat(49)}`)).toBe(true);
    expect(withinOneEdit("a".repeat(100), `${"a".repeat(50)}bb${"a".repeat(48)}`)).toBe(false);
  });
});
