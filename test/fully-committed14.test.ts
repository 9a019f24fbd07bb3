/**
 * "fully committed" / "firmly committed" claim that a figure is fixed (glossary, branch
 * outside14): the 1 GW's fact check says it is "up to" and "initially", so the claim gets a no,
 * not the $30B commitment's yes. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a figure claimed to be fully committed", () => {
  it.each([
    "Anthropic's 1 GW is fully committed, yeah?",
    "The gigawatt of compute is firmly committed, right?",
    "so that one gigawatt is a fully committed amount, correct?",
  ])("%s gets the fact check's no", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/^No\b/u);
    expect(answer.text).toContain("up to");
  });
});
