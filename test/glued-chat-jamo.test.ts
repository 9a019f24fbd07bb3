/**
 * Chat jamo typed onto the last word ("박았어ㅋㅋ") leave the word's ending readable, so a slang
 * verb before them is still rewritten by the glossary. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("chat jamo glued to a slang verb", () => {
  it("reads the verb as it reads it without them", () => {
    for (const [question, figure] of [
      ["마소는 앤트로픽에 얼마 박았음ㅋㅋ", /50억/],
      ["엔비디아 얼마나 질렀대ㅎㅎㅎ", /100억/],
      ["엔비는 얼마 쐈어요ㅠㅠ", /100억/],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(figure);
    }
  });
});
