/**
 * The article as the one saying something ("엔비디아 전략은 기사에서 뭐라고 분석해?", "마소 속셈은
 * 필자가 뭐라고 봄?"): what the article says of that party, not what the party said. A party
 * asked to have spoken is still read as the speaker. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the article saying something of a party", () => {
  it("answers from the article", () => {
    for (const question of [
      "기사에서 엔비디아 전략 뭐라고 분석해?",
      "마소 속셈은 필자가 뭐라고 봄?",
      "MS 노림수 기사엔 뭐라 나와?",
    ]) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).not.toMatch(/발언/u);
    }
  });

  it("still reads a party asked to have spoken as the speaker", () => {
    expect(answer("기사에서 나델라가 뭐라고 했어?").text).toMatch(/나델라/u);
    expect(answer("기사에서 오픈AI가 뭐라고 했어?").abstained).toBe(true);
  });
});
