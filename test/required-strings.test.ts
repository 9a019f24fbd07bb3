import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/search/normalize.ts";
import { requiredStrings } from "../src/search/required-strings.ts";
import {
  ADVICE_PATTERNS,
  INJECTION_PATTERNS,
  OTHER_TASK_PATTERNS,
} from "../src/search/stopwords.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

// The strings a pattern's every match holds, read from its source (pattern-union.ts passes over
// a text holding none of them).
describe("required strings", () => {
  it("reads literal runs, groups that must match, and the best of a sequence", () => {
    expect(requiredStrings(/\bplease (?:stop|halt)\b/)).toEqual(["please "]);
    expect(requiredStrings(/(?:alpha|beta)\s+\w+ gam+a/)).toEqual(["alpha", "beta"]);
    expect(requiredStrings(/colou?r wheel|hue/)).toEqual(["r wheel", "hue"]);
    expect(requiredStrings(/(?:보라|초록)색 ?(?:물감|잉크)/u)).toEqual(["보라", "초록"]);
    expect(requiredStrings(/x{2,}yz/)).toEqual(["yz"]);
    expect(requiredStrings(/\$\d+ tip/)).toEqual([" tip"]);
    expect(requiredStrings(/(?<=ab)cd(?!ef)/)).toEqual(["cd"]);
    // A pair of surrogates is one character: an optional emoji is not half required.
    expect(requiredStrings(/ok😀?/u)).toEqual(["ok"]);
  });

  it("promises nothing it cannot see", () => {
    expect(requiredStrings(/\bplease\b/i)).toBeUndefined();
    expect(requiredStrings(/\w+\s\d+/)).toBeUndefined();
    expect(requiredStrings(/(?:maybe)?/)).toBeUndefined();
    expect(requiredStrings(/alpha|/)).toBeUndefined();
    expect(requiredStrings(/x*/)).toBeUndefined();
  });

  it("never rules out a text its pattern matches", () => {
    const texts = evalQuestions().flatMap((question) => [question, normalizeText(question)]);
    for (const pattern of [...ADVICE_PATTERNS, ...INJECTION_PATTERNS, ...OTHER_TASK_PATTERNS]) {
      const strings = requiredStrings(pattern);
      if (strings === undefined) continue;
      for (const text of texts) {
        if (pattern.test(text)) expect(strings.some((string) => text.includes(string))).toBe(true);
      }
    }
  });
});
