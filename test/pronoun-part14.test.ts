/**
 * A part whose subject is a pronoun for the party the part before named (branch entity14):
 * "What did Google say? Did they invest more in Anthropic?" asks of Google, not of Anthropic.
 * No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a pronoun for the party before", () => {
  it.each([
    "What did Oracle say about the news? Did they put money into Anthropic too?",
    "how did google react? will they raise their stake in anthropic",
  ])("%s is asked of that party, and not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text).not.toMatch(/10 billion|5 billion/u);
  });

  it("a question of its own after a covered part is still answered", () => {
    const answer = answerFromKnowledge(
      index,
      "How much is NVIDIA investing? Did they also commit compute to Anthropic?",
    );
    expect(answer.abstained, answer.text).toBe(false);
  });
});

describe("the asker's background after a part not covered", () => {
  it.each([
    "애플은 앤트로픽에 얼마 투자했어? 뉴스에 애플 얘기도 있던데",
    "메타 AI 예산은 얼마임? 유튜브에서 메타 얘기 봤는데",
  ])("%s is not answered as a question of its own", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it("a question after it is still a question", () => {
    const answer = answerFromKnowledge(index, "애플은 얼마 투자했어? 엔비디아는 얼마 넣었는데?");
    expect(answer.abstained, answer.text).toBe(false);
  });
});

describe("a party's figure asked again after a part not covered", () => {
  it.each([
    "How big is Oracle's cloud contract with OpenAI next to the Azure one? Just give me Oracle's number.",
    "Is Google's TPU deal with Anthropic larger than NVIDIA's gigawatt? I want Google's figure.",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it("another party's figure after it is still answered", () => {
    const answer = answerFromKnowledge(
      index,
      "How much did Oracle commit to OpenAI? And NVIDIA's figure for Anthropic?",
    );
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/10 billion/u);
  });
});
