/**
 * "내는돈 / 받는돈", "나가는돈": the money a party pays and gets, typed without the
 * space, are the same asks as "내는 돈 / 받는 돈". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("money paid and got, typed without the space", () => {
  it("answers both directions", () => {
    const answer = ask("마이크로소프트 내는돈 / 받는돈 알려줘");
    expect(answer.text).toContain("50억");
    expect(answer.text).toContain("300억");
  });

  it("reads the spaced form as before", () => {
    const answer = ask("마이크로소프트 내는 돈 / 받는 돈 알려줘");
    expect(answer.text).toContain("50억");
    expect(answer.text).toContain("300억");
  });
});
