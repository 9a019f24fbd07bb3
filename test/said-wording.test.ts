/**
 * "exact words", "own words", "wording", "정확한 표현": asking what someone said, so the statement
 * is looked up even beside the event it was said at (branch plainask). Phrasings not in any eval
 * set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the wording of a statement", () => {
  it.each([
    ["How exactly was Nadella's wording about OpenAI in the press release?", /critical partner/u],
    ["Satya's own words about OpenAI at the launch, please", /critical partner/u],
    ["나델라가 오픈AI에 대해 한 정확한 표현이 뭐예요?", /나델라/u],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("leaves a speaker the knowledge lacks not covered", () => {
    const answer = ask("What were Jensen's exact words about Anthropic?");
    expect(answer.abstained).toBe(true);
  });
});
