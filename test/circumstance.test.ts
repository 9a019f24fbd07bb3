/**
 * A circumstance that sets the scene ("… now that Microsoft is in?", "마소가 들어왔으니 …"): the
 * party asked about is the main clause's. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutCircumstance } from "../src/answer/fallback/circumstance.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a question's circumstance", () => {
  it("is cut at 'now that', 'given that' and Korean clauses of joining", () => {
    expect(withoutCircumstance("where does AWS fit now that Microsoft has Claude too?")).toBe(
      "where does AWS fit?",
    );
    expect(withoutCircumstance("Given that NVIDIA is on board, what's left for Amazon?")).toBe(
      "what's left for Amazon?",
    );
    expect(withoutCircumstance("마소가 합류했으니 아마존 역할은 뭐야?")).toBe(
      "아마존 역할은 뭐야?",
    );
    expect(withoutCircumstance("how much did Microsoft invest?")).toBeUndefined();
  });

  it("answers about the party asked, not the one in the backdrop", () => {
    for (const question of [
      "so what does Amazon do now that Microsoft is in the picture?",
      "where does that leave AWS, given that Azure gets Claude as well?",
      "마이크로소프트가 들어온 이상 아마존 역할은 어떻게 돼?",
    ]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^(?:Amazon remains|아마존은 여전히)/);
    }
  });
});
