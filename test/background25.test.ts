/**
 * Background facts carry an explicit mark (facts.json "background"), and the check that lets a
 * relation asked before this deal be answered between two parties a fact joins (scope.ts
 * withoutCoveredBetween) reads that mark, not "not a key fact".
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { factSchema } from "../src/knowledge/schema.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const before = "has Microsoft ever invested in OpenAI before?";

describe("background facts", () => {
  it("a fact is of the deal unless marked", () => {
    const fact = factSchema.parse({
      id: "x",
      kind: "claim",
      label: { ko: "x", en: "x" },
      statement: { ko: "x", en: "x" },
      quote: "x",
    });
    expect(fact.background).toBe(false);
    expect(knowledge.facts.find((each) => each.id === "microsoft-openai")?.background).toBe(true);
    expect(knowledge.facts.find((each) => each.id === "microsoft-investment")?.background).toBe(
      false,
    );
  });

  it("money asked before the deal is answered by a background fact joining the two parties", () => {
    const answer = answerFromKnowledge(buildKnowledgeIndex(knowledge), before);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/OpenAI's key partner and largest investor/);
  });

  it("the same fact unmarked excuses nothing: not a key fact is not background", () => {
    const unmarked = {
      ...knowledge,
      facts: knowledge.facts.map((fact) =>
        fact.id === "microsoft-openai" ? { ...fact, background: false } : fact,
      ),
    };
    const answer = answerFromKnowledge(buildKnowledgeIndex(unmarked), before);
    expect(answer.text).not.toMatch(/^Yes/);
  });
});
