/**
 * A name claimed as the current one, written after the words that ask for it (the article's
 * name before them is the premise), and the 충청·전라 question ending 감 (맞는감, 이름인감).
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the current name claimed after the article's", () => {
  it("says yes to the record's current name and no to another or the article's", () => {
    for (const [question, lead] of [
      [
        "글에는 애저 AI 파운드리로 적혀 있던데 현재 명칭은 마이크로소프트 파운드리 맞나요?",
        /^맞아요/u,
      ],
      ["blog post says azure ai foundry, but the current name is Microsoft Foundry, yes?", /^Yes/u],
      ["기사엔 Azure AI Foundry로 썼는데 지금 이름은 Azure Foundry 맞지?", /^아니에요/u],
      ["그 파운드리 이름 여전히 그대로 쓰는 거 맞음?", /^아니에요/u],
      ["is Microsoft Foundry still the product's name?", /Microsoft Foundry/u],
    ] as const) {
      const answer = ask(question);
      expect(answer.text, question).toMatch(lead);
      expect(answer.text, question).toMatch(/Microsoft Foundry/u);
    }
  });
});

describe("the question ending 감", () => {
  it("folds to the standard question, leaving nouns ending in 감 alone", () => {
    expect(foldKoreanDialect("엔비디아가 낸 거 맞는감")).toBe("엔비디아가 낸 거 맞나요");
    expect(foldKoreanDialect("이게 정식 이름인감?")).toBe("이게 정식 이름인가요?");
    expect(foldKoreanDialect("벌써 발표했감")).toBe("벌써 발표했나");
    expect(foldKoreanDialect("부담감 크겠네 인감 도장")).toBe("부담감 크겠네 인감 도장");
  });
});
