/**
 * A company outside the deal, or its product's name, claimed as a party's or made by it ("the GPT
 * people are Anthropic"): a no with what the sources say of the party's own model. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("another company's product claimed as a party's", () => {
  it.each([
    "Did Anthropic make ChatGPT?",
    "ChatGPT is Anthropic's, right?",
    "Anthropic is the company behind ChatGPT?",
    "챗지피티 만든 회사가 앤트로픽이죠?",
    "앤트로픽이 챗GPT 만든 데 아님?",
    "the GPT guys = anthropic right?",
    "chatgpt is from anthropic no?",
    "gpt 개발한 곳이 앤트로픽이라던데",
    "so anthropic built chatgpt??",
  ])("says no with Claude for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/^(?:No|아니에요)/);
    expect(said.text).toMatch(/Claude|클로드/);
  });

  it.each([
    "Anthropic is the OpenAI competitor, right?",
    "Is Amazon Anthropic's main cloud?",
    "Does Anthropic make Claude?",
  ])("claims no maker in %s", (question) => {
    expect(answer(question).text).not.toMatch(/^(?:No|아니에요)/);
  });
});
