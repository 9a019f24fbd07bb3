/**
 * What one party receives, asked in money's terms: the flows paid to it and what another
 * supplies it; without those terms the question is another reading's. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("what a party gets, in money's terms", () => {
  it.each([
    ["what's msft getting out of all this money-wise", /\$30 billion/],
    ["what did MS receive in return for putting money in?", /\$30 billion/],
    ["apart from its stake, what's Microsoft getting?", /Foundry/],
    ["마이크로소프트는 금전적으로 뭘 얻는 거야", /300억/],
    ["마소는 지분 말고 뭘 받아?", /300억/],
    ["financially what does nvidia get", /Grace Blackwell/],
    ["what is anthropic getting in exchange, financially speaking", /\$10 billion/],
  ])("%s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("leaves the stake itself to the reading that says it is not given", () => {
    const answer = answerFromKnowledge(index, "what stake does Microsoft get in return?");
    expect(answer.text).not.toMatch(/^Anthropic committed to buy \$30 billion/);
  });

  it("leaves an amount asked to the figure's reading", () => {
    const answer = answerFromKnowledge(index, "how much does microsoft get back in return?");
    expect(answer.text).not.toMatch(/Foundry customers/);
  });

  it("leaves a question without money's terms to the motive's reading", () => {
    const answer = answerFromKnowledge(index, "what is microsoft getting from this whole thing?");
    expect(answer.text).not.toMatch(/^Anthropic committed to buy \$30 billion/);
  });
});
