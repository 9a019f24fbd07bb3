/**
 * A question closing on a choice of two names, one the knowledge knows ("…Ignite or Computex?"):
 * the other is the option ruled out, not a company asked about. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { offeredBesideKnown } from "../src/answer/fallback/offered-choice.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a closing choice of two names", () => {
  it("offers the unknown one beside the known one", () => {
    expect(
      offeredBesideKnown("Was the reveal at Ignite or Computex?", new Set(["computex"])),
    ).toEqual(new Set(["computex"]));
    expect(offeredBesideKnown("Computex or Ignite, which stage?", new Set(["computex"]))).toEqual(
      new Set(),
    );
  });

  it("offers nothing when both or neither are known", () => {
    expect(offeredBesideKnown("Cerebras or Groq?", new Set(["cerebras", "groq"]))).toEqual(
      new Set(),
    );
    expect(offeredBesideKnown("Azure or Copilot?", new Set())).toEqual(new Set());
  });

  it("answers with the known option", () => {
    const answer = ask("Which event was it at, Ignite or Dreamforce?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Ignite/);
  });

  it("still turns away an unknown name that is not such a choice", () => {
    expect(ask("How much did Cerebras put into Anthropic?").abstained).toBe(true);
  });
});
