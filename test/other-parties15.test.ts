/**
 * Parties other than the ones named ("besides A and B", "A와 B 외에"): not covered when the facts
 * have no other on that side. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("no other party in the facts", () => {
  it.each([
    ["Which other investors put money into Anthropic apart from Microsoft and NVIDIA?", /besides/u],
    ["Anyone backing Anthropic other than NVIDIA and Microsoft?", /besides/u],
    ["마이크로소프트랑 엔비디아 외에 앤트로픽에 투자한 곳도 있나요?", /외 다른 곳/u],
  ])("%s", (question, said) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(said);
  });
});

describe("another party in the facts is still answered", () => {
  it("the clouds besides Azure", () => {
    const answer = answerFromKnowledge(index, "Which clouds other than Azure carry Claude?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/AWS|Google/u);
  });

  it("one investor left out leaves the other", () => {
    const answer = answerFromKnowledge(index, "Besides NVIDIA, who invested in Anthropic?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Microsoft/u);
  });
});
