/**
 * Which way the money goes, asked by learners with the two verbs alone: "돈 받아요 아니면 줘요?",
 * "주냐 받냐". The answer names the party's flows both ways. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("receive or give, asked with the two verbs", () => {
  it("names the party's flows", () => {
    for (const [question, wanted] of [
      ["마이크로소프트는 돈 줘요 아니면 받아요?", /50억/u],
      ["엔비디아 는 돈 받아요 아니면 줘요?", /100억/u],
      ["앤트로픽은 돈을 받나요, 주나요?", /앤트로픽 →/u],
      ["MS는 받음? 줌?", /마이크로소프트 → 앤트로픽/u],
      ["엔비디아는 받습니까 아니면 줍니까?", /엔비디아 → 앤트로픽/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(wanted);
      expect(got.text, question).toMatch(/→/u);
    }
  });
});
