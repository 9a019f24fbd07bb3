import { describe, expect, it } from "vitest";
import { buildGlossary } from "../src/search/glossary.ts";

// Phrases that begin one another: the glossary's patterns share their beginnings, and must still
// prefer the longest phrase, and fall back to a shorter one where the longer is part of a word.
const glossary = buildGlossary([
  { say: ["pony"], means: "horse" },
  { say: ["pony up"], means: "pay" },
  { say: ["pony up big"], means: "pay a lot" },
  { say: ["tl;dr", "tl dr"], means: "summary" },
  { say: ["팽"], means: "버림" },
  { say: ["팽당"], means: "버림받" },
  { say: ["팽당함"], means: "버림받았음" },
]);

describe("glossary phrases that begin one another", () => {
  it("reads the longest phrase that stands as words", () => {
    expect(glossary.rewrite("did they pony up big")).toBe("did they pay a lot");
    expect(glossary.rewrite("did they pony up")).toBe("did they pay");
    expect(glossary.rewrite("a pony")).toBe("a horse");
    expect(glossary.rewrite("tl dr please")).toBe("summary please");
  });

  it("falls back to a shorter phrase when the longer runs into a word", () => {
    expect(glossary.rewrite("did they pony upset")).toBe("did they horse upset");
    expect(glossary.rewrite("pony up bigger")).toBe("pay bigger");
    expect(glossary.rewrite("ponytail")).toBe("ponytail");
  });

  it("takes a Korean phrase with its ending, the longest first", () => {
    expect(glossary.rewrite("오픈ai 팽당함")).toBe("오픈ai 버림받았음");
    expect(glossary.rewrite("팽당했어")).toBe("버림받");
  });
});

// The Latin phrases' pattern opens with a lookahead for its phrases' first characters (a
// speed-up): phrases opening with a sign, a digit or a symbol are found all the same.
const openings = buildGlossary([
  { say: ["$30b deal"], means: "azure commitment" },
  { say: ["3way deal"], means: "three-way partnership" },
  { say: ["#1 cloud"], means: "biggest cloud" },
  { say: ["lol"], means: "" },
]);

describe("glossary phrases, whatever they open with", () => {
  it("finds phrases that open with a sign, a digit or a symbol", () => {
    expect(openings.rewrite("is the $30b deal real")).toBe("is the azure commitment real");
    expect(openings.rewrite("a 3way deal?")).toBe("a three-way partnership ?");
    expect(openings.rewrite("the #1 cloud lol")).toBe("the biggest cloud");
  });
});
