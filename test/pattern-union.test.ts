import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/search/normalize.ts";
import { anyMatches, unitedPatterns } from "../src/search/pattern-union.ts";
import {
  ADVICE_PATTERNS,
  advicePatterns,
  INJECTION_PATTERNS,
  OTHER_TASK_PATTERNS,
} from "../src/search/stopwords.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

// Patterns tested as "does any match?" are joined into fewer (one per set of flags): the same
// answer for every text, in one scan.
describe("united patterns", () => {
  it("match exactly the texts one of their patterns matches", () => {
    const lists = [ADVICE_PATTERNS, INJECTION_PATTERNS, OTHER_TASK_PATTERNS];
    const texts = evalQuestions().flatMap((question) => [question, normalizeText(question)]);
    let matched = 0;
    for (const list of lists) {
      const united = unitedPatterns(list);
      expect(united.length).toBeLessThan(list.length);
      for (const text of texts) {
        const some = list.some((pattern) => pattern.test(text));
        expect(anyMatches(united, text), text).toBe(some);
        if (some) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("keep each pattern's flags, and a backreference or lastIndex pattern alone", () => {
    const caseless = /\bnvidia\b/i;
    const cased = /\bNVDA\b/;
    const unicode = /엔비디아/u;
    const backreference = /(\w+) to (\w+) or \2 to \1/;
    const global = /zz/g;
    const united = unitedPatterns([caseless, cased, unicode, backreference, global]);
    expect(united).toContain(backreference);
    expect(united).toContain(global);
    expect(united.map((pattern) => pattern.flags).sort()).toEqual(["", "", "g", "i", "u"]);
    expect(anyMatches(united, "NViDiA")).toBe(true);
    expect(anyMatches(united, "nvda")).toBe(false);
    expect(anyMatches(united, "ms to ant or ant to ms")).toBe(true);
    // The topic patterns of a knowledge folder are united with the general ones.
    const withTopics = unitedPatterns(advicePatterns(["msft"]));
    expect(withTopics.length).toBeLessThan(ADVICE_PATTERNS.length);
    expect(anyMatches(withTopics, "msft 살까?")).toBe(true);
  });

  it("test a large union's patterns only where their pieces are, and the rest on every text", () => {
    // Enough patterns that their pieces are looked for first (pattern-union.ts).
    const kettles = Array.from(
      { length: 120 },
      (_, at) => new RegExp(`(?<!\\p{Script=Hangul})kettle${at}(?:a|b|c) ?(?:boils|sings)`, "u"),
    );
    const noPieces = /^\d{3}\w*$/;
    const caseless = /teapot/i;
    const united = unitedPatterns([...kettles, noPieces, caseless]);
    expect(anyMatches(united, "does kettle7b sings?")).toBe(true);
    expect(anyMatches(united, "kettle119cboils")).toBe(true);
    expect(anyMatches(united, "kettle7d sings")).toBe(false);
    expect(anyMatches(united, "주전자kettle7b sings")).toBe(false);
    expect(anyMatches(united, "123abc")).toBe(true);
    expect(anyMatches(united, "a TeaPot")).toBe(true);
    expect(anyMatches(united, "nothing here")).toBe(false);
  });

  it("gate a pattern with a backreference by the words around it", () => {
    const kettles = Array.from({ length: 120 }, (_, at) => new RegExp(`kettle${at} boils`, "u"));
    const swap = /\b(\p{L}+) pours for (\p{L}+)\b.* then \2 pours for \1\b/u;
    const united = unitedPatterns([...kettles, swap]);
    expect(anyMatches(united, "jo pours for al, then al pours for jo")).toBe(true);
    expect(anyMatches(united, "jo pours for al, then jo pours for al")).toBe(false);
    expect(anyMatches(united, "jo pours for al, and al pours for jo")).toBe(false);
  });
  it("find pieces that share their openings, in any script, wherever the walk branches", () => {
    // Long enough to be planned: pieces opening alike ("rebate", "rebound", "rebuild", "리베이트",
    // "리본") make nodes with one child and nodes with several, ASCII and not.
    const filler = "(?:x{2,3}y){1,2}".repeat(150);
    const list = [
      new RegExp(`\\brebate\\b|${filler}`),
      /\brebound (?:fast|slow)\b/,
      /\brebuild\b/,
      /리베이트\s?(?:받|줘)/u,
      /리본 ?달/u,
    ];
    const united = unitedPatterns(list);
    for (const text of [
      "a rebate at last",
      "rebates galore",
      "the rebound fast",
      "rebound later",
      "we rebuild it",
      "reb",
      "리베이트 받았어",
      "리베이트",
      "리본 달아",
      "리보 달",
      "",
    ]) {
      expect(anyMatches(united, text), text).toBe(list.some((pattern) => pattern.test(text)));
    }
  });

  it("pass over a place by its first two units, but not a piece of one unit", () => {
    // Pieces of one unit ("%", "€") are found wherever they stand, the last place too; pieces of
    // two units or more only where their first pair opens ("zq" in "zqueue", not "z q").
    const filler = "(?:x{2,3}y){1,2}".repeat(150);
    const list = [
      new RegExp(`\\bzqueue\\b|${filler}`),
      /\d+ ?%/,
      /€ ?\d+/,
      /(?:^|\s)q$/,
      /파랑새 ?(?:날|떴)/u,
    ];
    const united = unitedPatterns(list);
    for (const text of [
      "a zqueue here",
      "z queue",
      "zq",
      "up 40%",
      "40",
      "€",
      "€ 12",
      "to q",
      "q",
      "파랑새 날아",
      "파랑 새 날아",
      "파",
    ]) {
      expect(anyMatches(united, text), text).toBe(list.some((pattern) => pattern.test(text)));
    }
  });
});
