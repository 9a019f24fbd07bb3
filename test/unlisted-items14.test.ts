/**
 * Items people ask of the deal that no fact lists (branch lineup14, knowledge data): Microsoft's
 * own chips (outside entities) and an open-weight release (outside relation "open-weights").
 * Asked or claimed, they are not covered. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("items no fact lists", () => {
  it.each([
    "이번 계약에 마이아 칩도 들어가?",
    "마소 마이아 칩도 쓰는 거야?",
    "Does Anthropic also get Maia accelerators under this?",
    "코발트 CPU도 앤트로픽이 쓰나요?",
    "so is claude going open source after this?",
    "앤트로픽 이제 가중치 공개하는 거임?",
    "What's the open weights situation with Claude?",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text).not.toMatch(/^Yes|^No|^맞아요|^아니에요/u);
  });

  it("the NVIDIA systems the facts list are still answered", () => {
    const answer = answerFromKnowledge(
      index,
      "anthropic's extra gigawatt sits on what nvidia hardware exactly",
    );
    expect(answer.abstained, answer.text).toBe(false);
  });
});
