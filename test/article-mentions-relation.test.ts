/**
 * conf14: whether the article mentions a party's relation ("기업가치", "investment"), not the party
 * alone; and what the article says of a party its fact checks do not involve. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("whether the article mentions a party's relation", () => {
  it("is a no, with the record's fact, when the fact has no article sentence", () => {
    const answer = ask("글에 앤트로픽 몸값 얘기 나와?");
    expect(firstSentence(answer.text)).toMatch(/^아니에요, 기사에는 나오지 않아요/);
    expect(answer.text).toMatch(/3500억/);
  });

  it("is a yes with the sentence that holds the fact, not the first naming the party", () => {
    const answer = ask("is NVIDIA's investment mentioned in the blog post?");
    expect(firstSentence(answer.text)).toMatch(/^Yes/);
    expect(answer.citations[0]?.quote).toMatch(/최대 100억 달러/);
  });
});

describe("what the article says of a party no fact check involves", () => {
  it("is that party's fact, not a fact check whose sentence names it in passing", () => {
    const answer = ask(
      "Does the blog post say Microsoft is already the largest investor in OpenAI?",
    );
    expect(firstSentence(answer.text)).toMatch(/^Yes/);
    expect(answer.text).toMatch(/largest investor/);
    expect(answer.text).not.toMatch(/\$30 billion/);
  });
});
