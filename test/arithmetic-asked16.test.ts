/**
 * Which figures and which operation a question asks (nums16): a multiple ("what multiple",
 * "as a multiple") is a ratio; a jump, bump or hike of one measure is its difference; a multiple
 * of one measure is its later figure over its earlier one; "who put in more, and by how much" is
 * the two parties' own figures; a question whose last sentence computes on the figures the
 * sentence before writes is one question. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a multiple asked", () => {
  it("is a ratio of the two figures named", () => {
    expect(lead("what multiple is the azure spend of nvidia's investment?")).toMatch(/3 times/);
  });

  it("of one measure is its later figure over its earlier one", () => {
    expect(lead("valuation as a multiple of the september number?")).toMatch(/1\.9 times/);
    expect(lead("how many times did the valuation grow since september?")).toMatch(/1\.9 times/);
  });

  it("of revenue or earnings is not one of the story's figures", () => {
    expect(lead("what revenue multiple is anthropic valued at?")).not.toMatch(/times/);
  });
});

describe("a jump of one measure", () => {
  it("is its difference", () => {
    expect(lead("how big was the valuation jump in dollars?")).toMatch(/\$167 billion/);
    expect(lead("valuation hike from 183 to 350 - how much is that?")).toMatch(/\$167 billion/);
  });

  it("computes on the figures the sentence before writes", () => {
    expect(lead("Anthropic was at 183B in September and 350B now. What's the gap?")).toMatch(
      /\$167 billion/,
    );
  });
});

describe("who put in more, and by how much", () => {
  it("compares the two parties' own figures", () => {
    expect(lead("which company put in more, and by how much?")).toMatch(/\$5 billion more/);
    expect(lead("who invested more and how much more?")).toMatch(/^The NVIDIA/);
    expect(lead("두 회사 중 어느 쪽이 얼마나 더 넣었어?")).toMatch(/50억 달러 더/);
  });
});
