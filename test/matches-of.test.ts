import { describe, expect, it } from "vitest";
import { matchesOf } from "../src/util/matches-of.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

const plain = (matches: readonly RegExpMatchArray[]) =>
  matches.map((match) => ({ all: [...match], index: match.index, groups: match.groups }));

// matchesOf finds what matchAll finds, without the copy of the pattern matchAll builds per call.
describe("matchesOf", () => {
  const patterns = [
    /[a-z]{2,}/g,
    /(\d{1,2})\s?월/gu,
    /(?<word>\p{L}+)(?=\s)/gu,
    /\b/g,
    /(?:)/gu,
    /x*/g,
    /[?？.!;]\s*/gu,
  ];

  it("gives the matches matchAll gives, empty ones and surrogate pairs included", () => {
    const texts = [
      "",
      "hello world 12월 3 월",
      "a😀b😀😀c",
      "xx yx x",
      "정말? 그래. 응!",
      ...evalQuestions().slice(0, 400),
    ];
    for (const pattern of patterns) {
      for (const text of texts) {
        expect(plain(matchesOf(pattern, text)), `${pattern} on ${text}`).toEqual(
          plain([...text.matchAll(pattern)]),
        );
      }
    }
  });

  it("reads from the pattern's lastIndex, as matchAll does, and leaves it where it was", () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    const expected = plain([..."1 2 3 4".matchAll(pattern)]);
    expect(pattern.lastIndex).toBe(3);
    expect(plain(matchesOf(pattern, "1 2 3 4"))).toEqual(expected);
    expect(pattern.lastIndex).toBe(3);
    expect(matchesOf(pattern, "1 2 3 4").map((match) => match.index)).toEqual([4, 6]);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => "ab".matchAll(/a/)).toThrow(TypeError);
    expect(() => matchesOf(/a/, "ab")).toThrow(TypeError);
  });
});
