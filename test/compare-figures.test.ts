/**
 * Comparisons of two figures: both side by side, the bigger first; a claim of which is bigger
 * gets yes or no first; a measure or a company the knowledge lacks is not compared. Phrasings
 * not in any eval set (logic4).
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("comparisons of two figures", () => {
  it("state both figures, the bigger first", () => {
    expect(lead("Between NVIDIA and Microsoft, whose check is larger?")).toMatch(
      /NVIDIA → Anthropic.*10 billion.*Microsoft → Anthropic.*5 billion/,
    );
    expect(lead("투자 총액이랑 애저 구매액 비교하면?")).toMatch(/300억.*150억/);
  });

  it("answer a claim of which is bigger with yes or no first", () => {
    expect(lead("Microsoft put in more than NVIDIA, didn't it?")).toMatch(/^No/);
    expect(lead("엔비디아가 마이크로소프트보다 더 많이 냈죠?")).toMatch(/^맞아요/);
    expect(lead("Is the total investment smaller than the Azure commitment?")).toMatch(/^Yes/);
  });

  it("compare every party's own figure for 'the most'", () => {
    expect(lead("Which backer is putting in the most money?")).toMatch(/NVIDIA → Anthropic/);
  });

  it("leave a measure or a company the knowledge lacks to 'not covered'", () => {
    expect(
      answerFromKnowledge(index, "Is NVIDIA's revenue bigger than Microsoft's?").abstained,
    ).toBe(true);
    expect(lead("Is Amazon's stake bigger than Microsoft's?")).not.toMatch(/is bigger than/);
  });
});

describe("comparisons across units (logic4)", () => {
  it("set money against capacity side by side, neither called bigger", () => {
    const text = answerFromKnowledge(
      index,
      "Compare NVIDIA's investment with Anthropic's NVIDIA compute",
    ).text;
    expect(text).toMatch(/10 billion/);
    expect(text).toMatch(/1 gigawatt/);
    expect(text).not.toMatch(/is bigger than/);
  });
});

describe("one party claimed the bigger or the biggest, with no 'than' (conf6)", () => {
  const first = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

  it("compares the party's own figure with the others' of that kind, yes or no first", () => {
    expect(first("So NVIDIA is the larger investor, yeah?")).toMatch(/^Yes/);
    expect(first("Microsoft is the biggest investor here, right?")).toMatch(/^No/);
    expect(first("마소가 투자 더 적게 한 거지?")).toMatch(/^맞아요/);
  });
});
