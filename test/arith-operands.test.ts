/**
 * Operands of arithmetic read wider (arith15b): a party that pays no figure names the one money
 * figure it is the object of ("the Azure deal"); a sum's operation read as written when the
 * glossary rewrote its word; a written sum ("A + B = ?", "A, B, C 다 더하면") is one ask, not
 * a list. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a party named for the figure it is paid", () => {
  it("reads the Azure side as the Azure purchase", () => {
    expect(lead("what's the azure contract divided by microsoft's check")).toMatch(/6 times/);
    expect(lead("애저 약정액 나누기 마소 투자금은?")).toMatch(/6배/);
    expect(lead("애저 건이 엔비디아 돈보다 얼마나 더 커요?")).toMatch(/200억 달러 더/);
    expect(lead("애저에 쓰는 돈이 엔비 투자의 몇배쯤?")).toMatch(/3배/);
  });

  it("still reads the payer's own figure once", () => {
    expect(lead("anthropic's azure bill is how many times the combined investment?")).toMatch(
      /twice/,
    );
  });
});

describe("a written sum", () => {
  it("adds figures listed with commas before the sum word", () => {
    expect(lead("오십억, 백억, 삼백억 다 합하면 얼마?")).toMatch(/450억/);
    expect(lead("기사 숫자 100억, 50억 전부 더하면 얼마임")).toMatch(/150억/);
  });

  it("adds an equation written with + and =", () => {
    expect(lead("엔비 100억 + 마소 50억 = 몇?")).toMatch(/150억/);
  });

  it("keeps asks joined by + apart", () => {
    expect(
      answerFromKnowledge(index, "who announced it + how much did nvidia put in").text,
    ).toMatch(/100억|\$10 billion/);
  });
});

describe("shares of figures", () => {
  it("gives each part's share of the whole spoken of", () => {
    const both = answerFromKnowledge(index, "전체 투자금에서 마소랑 엔비 각각 비중은?").text;
    expect(both).toMatch(/3분의 1/);
    expect(both).toMatch(/3분의 2/);
    const written = answerFromKnowledge(index, "150억 중에 마소 몇 프로, 엔비 몇 프로임?").text;
    expect(written).toMatch(/3분의 1/);
    expect(written).toMatch(/3분의 2/);
  });

  it("gives one party's figure as a share of another's", () => {
    expect(lead("마소 돈은 엔비 돈의 몇 퍼센트?")).toMatch(/50%/);
    expect(lead("ms money as a fraction of nvidia money?")).toMatch(/half/);
  });

  it("reads 'fraction' as arithmetic, not a measure the knowledge lacks", () => {
    expect(lead("msft's fraction of the 15 bil?")).toMatch(/one third/);
    expect(lead("nvidia's fraction of the total?")).toMatch(/two thirds/);
  });
});

describe("a ratio asked as whole numbers", () => {
  it("writes the figures side by side in the order named", () => {
    expect(lead("엔비랑 마소 투자금 몇 대 몇임?")).toMatch(/= 2:1/);
    expect(lead("nvidia to microsoft money, as a ratio?")).toMatch(/= 2:1/);
    expect(lead("ratio of microsoft's check to nvidia's in lowest terms")).toMatch(/= 1:2/);
  });

  it("keeps 'how many times' in times", () => {
    expect(lead("quick q: how many times bigger is nvidia's than ms's?")).toMatch(/twice/);
  });
});
