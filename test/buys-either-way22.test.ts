/**
 * Whether one party buys from another, asked without an object ("is A buying from B") or both ways
 * ("is A buying from B or B buying from A"): the second is answered with the purchases between
 * the two, whichever way they go, and no verdict; the first is left to the role rules
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

  it("leaves one way asked without an object to the role rules", () => {
    const answer = ask(
      "is microsoft buying from anthropic or is anthropic the customer of microsoft",
    );
    expect(answer.text).not.toMatch(/^No: nothing/);
    expect(answer.text).toMatch(/Anthropic is Microsoft's customer/);
  });
});
