import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { detectLanguage } from "../src/search/analyze.ts";
import { editDistance } from "../src/search/edit-distance.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { stripEndings, toJamo } from "../src/search/korean.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { findAmounts } from "../src/search/numbers.ts";
import { judgeRelevance } from "../src/search/relevance.ts";
import { tokenize } from "../src/search/tokenize.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const concepts = (question: string) =>
  index
    .analyze(question)
    .terms.filter((term) => term.kind === "concept")
    .map((term) => term.features[0]);
const onTopic = (question: string) =>
  judgeRelevance(index.analyze(question), index.idf, index.maxIdf).onTopic;

describe("normalizeText", () => {
  it("folds full-width forms, case and decomposed Hangul", () => {
    expect(normalizeText("ＭＳ　３００억")).toBe("ms 300억");
    expect(normalizeText("\u1106\u1161\u1109\u1169")).toBe("마소");
  });

  it("removes invisible characters hidden inside words", () => {
    expect(normalizeText("엔\u200b비\u200d디\ufeff아 Micro\u00adsoft")).toBe("엔비디아 microsoft");
  });

  it("drops Discord mentions and @everyone", () => {
    expect(normalizeText("<@123456789012345678> hi @everyone <#42> <:pog:123>")).toBe("hi");
  });
});

describe("tokenize", () => {
  it("splits at script changes so Korean particles leave English words", () => {
    expect(tokenize("ms가 nvda에").map((token) => token.text)).toEqual(["ms", "가", "nvda", "에"]);
  });

  it("reads amounts in both languages as the same canonical key", () => {
    const keys = (text: string) => findAmounts(normalizeText(text)).map((amount) => amount.key);
    expect(keys("$30B")).toEqual(keys("300억 달러"));
    expect(keys("30 billion dollars")).toEqual(["30000000000"]);
    expect(keys("1GW")).toEqual(keys("1기가와트"));
    expect(keys("rtx5090")).toEqual([]);
  });
});

describe("Korean", () => {
  it("strips particles and endings", () => {
    expect(stripEndings("마이크로소프트는")).toBe("마이크로소프트");
    expect(stripEndings("클라우드에서는")).toBe("클라우드");
    expect(stripEndings("투자했나요")).toBe("투자");
  });

  it("counts a typo as one jamo, not one syllable", () => {
    expect(editDistance(toJamo("엔비디야"), toJamo("엔비디아"), 2)).toBe(1);
    expect(editDistance(toJamo("엔비디아"), toJamo("마이크로"), 2)).toBe(3);
  });
});

describe("analysis", () => {
  it("maps names in any form to one concept", () => {
    for (const name of [
      "Microsoft",
      "MS",
      "msft",
      "마소",
      "마이크로소프트가",
      "Microsfot",
      "ＭＳ",
    ]) {
      expect(concepts(`${name} investment`), name).toContain("c:microsoft");
    }
    for (const name of ["NVIDIA", "nvda", "엔비디아는", "엔비디야는", "Nvidai"]) {
      expect(concepts(name), name).toContain("c:nvidia");
    }
  });

  it("detects the question's language, mixed ones by their grammar", () => {
    const language = (text: string) => detectLanguage(tokenize(normalizeText(text)));
    expect(language("How much did Microsoft invest?")).toBe("en");
    expect(language("MS가 투자한 금액은?")).toBe("ko");
    expect(language("Grace Blackwell은 누구의 하드웨어야?")).toBe("ko");
    expect(language("What does 순환 투자 mean?")).toBe("en");
  });

  it("notices questions that ask for a figure, a reason, a summary or advice", () => {
    expect(index.analyze("how much did ms invest").asksForFigure).toBe(true);
    expect(index.analyze("엔비디아 투자 규모 알려줘").asksForFigure).toBe(true);
    expect(index.analyze("왜 투자했어?").asksForReason).toBe(true);
    expect(index.analyze("이 기사 요약해줘").asksForSummary).toBe(true);
    expect(index.analyze("Should I buy NVIDIA stock?").asksForAdvice).toBe(true);
  });
});

describe("relevance", () => {
  it("keeps questions about the story", () => {
    for (const question of [
      "nvda 투자 조건",
      "Why is it called circular investment?",
      "nvidia?",
      "투자액은?",
    ]) {
      expect(onTopic(question), question).toBe(true);
    }
  });

  it("turns away near-misses that only name a company", () => {
    for (const question of [
      "How do I reset my Microsoft password?",
      "Should I buy an RTX 5090?",
      "Microsoft Teams 알림 끄는 법",
      "What year did Satya Nadella become CEO?",
      "What is AI?",
    ]) {
      expect(onTopic(question), question).toBe(false);
    }
  });
});

describe("ranking", () => {
  it("prefers passages that name the companies the question names", () => {
    const [best] = index.search(index.analyze("엔비디아가 약속한 돈은 얼마예요?"));
    expect(best?.item.kind === "fact" && best.item.fact.id).toBe("nvidia-investment");
  });
});
