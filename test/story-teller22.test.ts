/**
 * A story before the question: who told the asker something ("a guy on Reddit said", "my PM asked
 * me whether") is where the claim or the question came from, never what it is about, and never a
 * name the claim must hold. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { namedAsTeller } from "../src/answer/fallback/scope.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the teller of a story", () => {
  it("is read from the words around a name", () => {
    expect(namedAsTeller("a guy on reddit said microsoft put in 5 billion", "reddit")).toBe(true);
    expect(namedAsTeller("my cto keeps saying nvidia invested", "cto")).toBe(true);
    expect(namedAsTeller("someone from cnbc told me the deal", "cnbc")).toBe(true);
    // A name asked about is no teller.
    expect(namedAsTeller("did reddit say anything about the deal", "reddit")).toBe(false);
    expect(namedAsTeller("is claude on slack now", "slack")).toBe(false);
  });

  it("is neither the subject nor a name the claim must hold", () => {
    for (const [question, lead, figure] of [
      ["Some dude on Twitter said Microsoft put in $5 billion. True?", /^Yes/u, /\$5 billion/u],
      ["Some dude on Twitter said Microsoft put in $7 billion. True?", /^No/u, /\$5 billion/u],
      ["My CFO told me NVIDIA committed up to $10 billion. Right?", /^Yes/u, /\$10 billion/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(lead);
      expect(got.text.split("\n\n")[0], question).toMatch(figure);
    }
    const studio = answer(
      "My VP asked me whether Claude will still be in Copilot Studio after this. Will it?",
    );
    expect(studio.abstained).toBe(false);
    expect(studio.text).toMatch(/^Yes/u);
    expect(studio.text).toMatch(/Copilot Studio/u);
  });
});
