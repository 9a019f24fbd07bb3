/**
 * A yes/no claim whose relation the knowledge does not cover is not covered, not a yes or a no:
 * a stake held personally (the `personal` outside relation) and a clawback claimed of the place
 * named as the money's condition (no place check when the relation is outside). Covered claims
 * still get their yes or no. A sum no fact has, beside a minor party no fact joins to the main
 * party named ("nvidia and openai's 100 billion deal"), is that pair's figure: not covered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a claim of a relation not covered", () => {
  it("turns away a stake said to be held personally", () => {
    for (const question of [
      "젠슨 황이 앤트로픽 지분 개인적으로 가지고 있죠?",
      "사티아 나델라가 앤트로픽 지분 개인적으로 들고 있어요?",
      "Jensen Huang holds a personal stake in Anthropic, right?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.text).not.toMatch(/^(?:맞아요|아니요|Yes|No)\b/u);
    }
  });

  it("turns away a clawback claimed on the condition of a place", () => {
    const answer = ask("Could the 10 billion be pulled back if Anthropic stops using Azure?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/contract terms/u);
  });

  it("turns away a sum of a minor party's own deal with a main party", () => {
    const answer = ask("what about nvidia and openai's 100 billion deal?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/NVIDIA and OpenAI/u);
  });

  it("still answers covered claims", () => {
    expect(ask("엔비디아가 앤트로픽 지분 갖고 있어요?").abstained).toBe(false);
    expect(ask("Anthropic committed $30B to Azure, right?").text).toMatch(/^Yes/u);
  });
});
