/**
 * A function word of four letters or more glued to a word of the knowledge ("alreadyinvested"),
 * and "about" glued to the verb before it ("sayabout"), are read as two words; English compounds
 * stay whole. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const read = (question: string) => index.analyze(question).normalized;
const { says } = askProbe(knowledgeDir);

describe("a function word glued to a word of the knowledge", () => {
  it("is spaced off it, before or after", () => {
    expect(read("has nvidia alreadyinvested?")).toContain("already invested");
    expect(read("how much did nvidia investalready")).toContain("invest already");
  });

  it("leaves compounds with a prefix whole", () => {
    expect(read("is the stock overvalued")).toContain("overvalued");
  });

  it("answers once spaced", () => {
    says("what does the article sayabout amazon?", /primary cloud provider/u);
    says("what did the writer worryabout", /circular investment/u);
  });
});
