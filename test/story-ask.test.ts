/**
 * What the story's parties, all of them, did together is the story: its summary answers.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("what all the story's parties did together", () => {
  it("gets the summary, with every figure", () => {
    for (const question of [
      "tell me what msft, nvda and anthropic agreed on",
      "엔비디아, 마소, 앤트로픽 셋이서 뭘 합의했는지 하나하나 찬찬히 알려줘",
    ]) {
      const text = ask(question).text;
      expect(text, question).toMatch(/5 billion|50억/u);
      expect(text, question).toMatch(/10 billion|100억/u);
      expect(text, question).toMatch(/30 billion|300억/u);
    }
  });

  it("is not the summary when a day, a place, an amount or another topic is asked", () => {
    expect(ask("on what day did microsoft, nvidia and anthropic announce it?").text).toMatch(
      /18 November/u,
    );
    expect(
      ask("What did Microsoft, NVIDIA and Anthropic announce about robotics?").text,
    ).not.toMatch(/partnership \(November 2025\)/u);
    expect(ask("Microsoft, NVIDIA and Anthropic: what did NVIDIA invest?").text).not.toMatch(
      /partnership \(November 2025\)/u,
    );
  });
});
