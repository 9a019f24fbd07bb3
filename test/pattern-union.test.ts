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
});
