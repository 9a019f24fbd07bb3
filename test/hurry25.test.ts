/**
 * The asker's hurry ("빨리", "인계 전에", "교대전에") is why they ask now, not what they ask:
 * it weighs nothing, so a part it trails is still read ("…발표날짜ㅠㅠ인계전에 빨리"), while
 * "얼마나 빨리" asked of the deal itself stays not covered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the asker's hurry", () => {
  it("answers what is asked before or after it", () => {
    expect(ask("발표날짜 교대전에 빨리").text).toContain("11월 18일");
    expect(ask("투자 금액 빨리 알려줘").text).toContain("150억");
  });

  it("keeps a part trailed by it in a two-part question", () => {
    const answer = ask("파운드리에서 쓸 수 있는 모델 세 개랑 발표일 인계 전에 빨리");
    expect(answer.text).toContain("Haiku 4.5");
    expect(answer.text).toContain("11월 18일");
  });

  it("leaves a question of speed about the deal not covered", () => {
    expect(ask("얼마나 빨리 결제해야 해?").abstained).toBe(true);
  });
});
