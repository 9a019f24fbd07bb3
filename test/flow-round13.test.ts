/**
 * Money flow and many-part questions (round thirteen). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("whether the article is right, beside an ask of another kind", () => {
  it("answers both parts, not the review alone", () => {
    const english = answerFromKnowledge(
      index,
      "what is the writer worried about, and is the piece even accurate on the big number?",
    );
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/circular investment/);
    expect(english.text).toMatch(/\$15 billion/);
    const korean = answerFromKnowledge(
      index,
      "도입부 금액 오류가 뭐고, 필자가 걱정하는 점은 뭐야?",
    );
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/150억 달러/);
    expect(korean.text).toMatch(/우려하는 점/);
  });

  it("still reviews the article when every part asks whether it is right", () => {
    const answer = answerFromKnowledge(index, "is this post reliable, and what does it get wrong?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$15 billion/);
  });
});
