/**
 * Whether one party buys from another, asked without an object ("is A buying from B") or both ways
 * ("is A buying from B or B buying from A"): the first is answered yes or no with the purchases,
 * the second with the purchases between the two, whichever way they go, and no verdict
 * (src/answer/fallback/buys-from-asked.ts). Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("buying from another party, asked without an object or both ways", () => {
  it("answers which way the purchase goes, without a verdict", () => {
    const answer = ask("is nvidia buying from microsoft or microsoft buying from nvidia");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/^Microsoft → NVIDIA/);
  });

  it("answers yes or no when one way is asked", () => {
    const yes = ask("was anthropic buying from nvidia");
    expect(yes.text).toMatch(/^Yes: Anthropic → NVIDIA/);
    const no = ask("was nvidia buying from anthropic");
    expect(no.text).toMatch(/^No: nothing NVIDIA buys from Anthropic/);
  });
});
