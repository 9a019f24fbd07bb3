import { describe, expect, it } from "vitest";
import { buildGlossary } from "../src/search/glossary.ts";

// Guarded entries are read only for the rules whose phrases stand in the text (a speed-up): the
// words they write may be a later rule's phrase, and a one-letter or Korean phrase still counts.
const glossary = buildGlossary([
  { say: ["the big cheese"], means: "the boss", when: ["pay", "paid"] },
  { say: ["the boss"], means: "the ceo", when: ["paid", "salary"] },
  { say: ["q"], means: "question", when: ["quick"] },
  { say: ["큰손"], means: "투자자", when: ["돈"] },
  { say: ["gizmo"], means: "device", when: ["buy"], unless: ["toy"] },
]);

describe("guarded glossary entries", () => {
  it("applies a rule whose phrase an earlier rule wrote", () => {
    expect(glossary.rewrite("who paid the big cheese")).toBe("who paid the ceo");
  });

  it("leaves phrases alone when the guard's words are missing", () => {
    expect(glossary.rewrite("who is the big cheese")).toBe("who is the big cheese");
    expect(glossary.rewrite("did they buy the gizmo toy")).toBe("did they buy the gizmo toy");
  });

  it("finds one-letter and Korean phrases", () => {
    expect(glossary.rewrite("quick q about it")).toBe("quick question about it");
    expect(glossary.rewrite("큰손이 돈 냈어?")).toBe("투자자 돈 냈어?");
    expect(glossary.rewrite("did they buy a gizmo")).toBe("did they buy a device");
  });

  it("changes nothing in a text with no guarded phrase", () => {
    expect(glossary.rewrite("how much was paid")).toBe("how much was paid");
  });

  it("finds a phrase among many that share its opening, and one that ends inside another", () => {
    // The phrases are one tree of characters: "the bigwig" and "the big cheese" part after "the
    // big"; "wig" stands inside "bigwig" and is found there too.
    const shared = buildGlossary([
      { say: ["the big cheese"], means: "the boss", when: ["salary"] },
      { say: ["the bigwig"], means: "the boss", when: ["salary"] },
      { say: ["wig"], means: "hairpiece", when: ["hair"] },
      { say: ["bi"], means: "two", when: ["times"] },
    ]);
    expect(shared.rewrite("salary of the bigwig")).toBe("salary of the boss");
    expect(shared.rewrite("hair and the bigwig")).toBe("hair and the bigwig");
    expect(shared.rewrite("hair wig")).toBe("hair hairpiece");
    expect(shared.rewrite("bi times")).toBe("two times");
    expect(shared.rewrite("salary of the big chee")).toBe("salary of the big chee");
  });
});
