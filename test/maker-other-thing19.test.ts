/**
 * Another maker's product claimed as a party's ("엔비디아 TPU", "NVIDIA Trainium"): the fact that
 * names that party's own thing answers no. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("another maker's thing after a party's name", () => {
  it.each([
    "so anthropic is running on nvidia tpus now, right?",
    "앤트로픽 새 컴퓨팅은 엔비디아 트레이니엄 칩으로 돌리는 거 맞지?",
    "엔비디아 TPU 기반으로 1기가와트 쓰는 거 맞죠?",
  ])("says no with the party's own systems for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/^(?:No|아니에요)/);
    expect(said.text).toMatch(/Blackwell/);
  });

  it("leaves the product with its own maker's name to the not-covered answer", () => {
    expect(answer("Does Anthropic use Google TPUs?").abstained).toBe(true);
  });
});
