/**
 * English function words the reader lacked ("onto", "towards", "though", "whatever",
 * "themselves") are grammar, not words of a topic the knowledge lacks: they no longer outweigh
 * the story's names ("Is Amazon still holding onto Anthropic?"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("English function words", () => {
  it("are no terms of the question", () => {
    for (const word of ["onto", "towards", "though", "whatever", "themselves", "hence"]) {
      expect(index.analyze(word).terms, word).toEqual([]);
    }
  });

  it("no longer turn a question about the story away", () => {
    says("Is Amazon still holding onto Anthropic?", /^Yes: Amazon remains/u);
  });
});
