/**
 * Advice asked in learners' phrasing: calques of "conviene" / "vale la pena" ("is convenient to
 * invest", "is worth to buy") and a 하다 verb typed apart from its noun ("투자 해도 돼요?") are
 * the asker's own decision. A party named before "to invest" is a company's motive. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("learners asking for advice", () => {
  it("is turned away", () => {
    for (const question of [
      "Is convenient to buy Nvidia now?",
      "is it convenient for me to invest in anthropic?",
      "Is recommendable to invest in MSFT after this news?",
      "is advisable to buy nvidia shares now",
      "Is worth to invest in Anthropic?",
      "이 기사 보고 엔비디아 투자 해도 될까요?",
      "앤트로픽 투자 해도 괜찮아요?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(true);
      expect(got.text, question).toMatch(/advice|조언/u);
    }
  });

  it("leaves a company's reasons and conditions answered", () => {
    for (const question of [
      "Why was it convenient for Microsoft to invest in Anthropic?",
      "엔비디아가 앤트로픽에 투자 해도 되는 조건은?",
    ]) {
      expect(answer(question).abstained, question).toBe(false);
    }
  });
});
