import { describe, expect, it } from "vitest";
import { buildGlossary, glossaryFrom, glossaryParts } from "../src/search/glossary.ts";

// An owner's possessive phrases are not listed with their meanings (thousands of them, read at
// every start): the meaning is read back from the phrase's shape when it is replaced.
const entries = [
  { say: ["gadgetron"], means: "acme", owner: true },
  { say: ["zorblax"], means: "globex", owner: true },
  // A second entry naming an owner already named: the first entry's meaning stands.
  { say: ["gadgetron"], means: "initech", owner: true },
  // A plain entry whose phrase is also an owner phrase: the plain entry wins.
  { say: ["zorblax crew"], means: "the dance troupe" },
  { say: ["위젯봇"], means: "에이크미", owner: true },
];

describe("owner phrases read from their shape", () => {
  const glossary = buildGlossary(entries);

  it("gives an owner phrase its owner's meaning, whichever shape it takes", () => {
    expect(glossary.rewrite("what did gadgetron's makers pay")).toBe("what did acme pay");
    expect(glossary.rewrite("the people behind zorblax said no")).toBe("the globex said no");
    expect(glossary.rewrite("is the gadgetron outfit hiring")).toBe("is the acme hiring");
    expect(glossary.rewrite("위젯봇네 회사 돈 얼마")).toBe("에이크미 돈 얼마");
  });

  it("keeps the first entry's meaning and lets a plain entry win", () => {
    expect(glossary.rewrite("gadgetron's team won")).toBe("acme won");
    expect(glossary.rewrite("the zorblax crew danced")).toBe("the the dance troupe danced");
  });

  it("does not list the owner phrases, and still reads a possessive money phrase", () => {
    const parts = glossaryParts(entries);
    expect(parts.meanings.some(([say]) => say.includes("gadgetron"))).toBe(false);
    expect(glossaryFrom(parts).rewrite("did zorblax's cash go in")).toBe("did globex cash go in");
  });

  it("works with no guarded entry and no owner", () => {
    const plain = buildGlossary([{ say: ["brb"], means: "" }]);
    expect(plain.rewrite("brb what was the deal")).toBe("what was the deal");
  });
});
