/**
 * Which way the money goes, asked in ways read as one way or not at all: the two sides written
 * glued ("내는쪽이야 받는쪽이야"), one party as both of two roles ("both a lender and a vendor"),
 * every flow asked as a list ("each flow of funds between them"), and one way named with the other
 * asked beside it ("from A to B, or the other way around?"). Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksMoneyDirection, asksOtherWayToo } from "../src/answer/fallback/question-shape.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("money both ways, asked in other words", () => {
  it("reads the two sides written glued", () => {
    expect(asksMoneyDirection("엔비디아는 주는편이야 받는편이야?")).toBe(true);
    const answer = ask("엔비디아는 돈 주는쪽임 받는쪽임?");
    expect(answer.text).toMatch(/100억/);
  });

  it("reads one party as both of two roles", () => {
    expect(asksMoneyDirection("so is nvidia both a backer and a supplier?")).toBe(true);
    expect(asksMoneyDirection("is nvidia a backer?")).toBe(false);
    const answer = ask("Would you say Microsoft is both a funder and a vendor here?");
    expect(answer.text).toMatch(/5 billion/);
    expect(answer.text).toMatch(/30 billion/);
  });

  it("reads every flow asked as a list, not one party's cash flow", () => {
    expect(asksMoneyDirection("list every transfer of money among the companies")).toBe(true);
    expect(asksMoneyDirection("is the money flow transparent?")).toBe(false);
    const answer = ask("Could you lay out all the money flows among the companies involved?");
    expect(answer.abstained).toBe(false);
    for (const figure of [/5 billion/, /10 billion/, /30 billion/]) {
      expect(answer.text).toMatch(figure);
    }
  });

  it("answers both ways when the other way is asked beside the one named", () => {
    expect(asksOtherWayToo("from a to b, or the reverse?")).toBe(true);
    expect(asksOtherWayToo("what goes from a to b?")).toBe(false);
    const answer = ask("Which is it: money going from NVIDIA to Anthropic, or the reverse?");
    expect(answer.text).toMatch(/^Both ways/);
    expect(ask("What goes from NVIDIA to Anthropic?").text).not.toMatch(/^Both ways/);
  });
});
