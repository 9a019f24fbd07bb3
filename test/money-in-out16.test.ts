/**
 * One party's money in against its money out: both sums, whichever side the words start on, and
 * a claim that money only goes one way answered no with both. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("money into a party against money out of it", () => {
  it.each([
    "cash into anthropic versus cash out of anthropic, what are the two figures",
    "is there more funding going into Anthropic or out of it overall?",
    "capital into anthropic and capital out of anthropic, roughly?",
    "how does the money out of Anthropic compare against the money into it",
    "money into anthorpic vs out of it pls",
  ])("gives both sums for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/\$15 billion in, \$30 billion out/);
  });

  it.each([
    "so money just flows one way here, into anthropic??",
    "The cash only goes in one direction, to Anthropic, right?",
    "앤트로픽 쪽으로 돈이 한 방향으로만 가는 거죠?",
  ])("answers no with both ways for %s", (question) => {
    const said = answer(question);
    expect(said.text).toMatch(/^(?:No|아니에요)/);
    expect(said.text).toMatch(/30(?: billion|0억)/);
  });

  it("leaves one figure's way to its flow", () => {
    const said = answer("is the 5 billion going into anthropic or out of it?");
    expect(said.text).not.toMatch(/\$15 billion in, \$30 billion out/);
  });
});
