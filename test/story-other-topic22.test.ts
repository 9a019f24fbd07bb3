/**
 * A story first, then the question: the asking sentence decides the topic, and "was he right?"
 * asks whether the teller's claim is. A preamble about AI
 * does not make an off-topic question the article's, and a bare "which" that picks among the
 * story's options (of another topic) is off topic with them; "my partner" in a story is a person.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { askingPart } from "../src/answer/fallback/preamble.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("an off-topic question after a story about the article's world", () => {
  it("is turned away", () => {
    for (const question of [
      "I follow AI news and the Anthropic investment a lot, which is why I joined here. Anyway, any tips for growing tomatoes on a balcony?",
      "My sister and I can't agree whether to take the train or fly to Busan next week. Which is cheaper?",
    ]) {
      expect(answer(question).abstained, question).toBe(true);
    }
  });

  it("is read alone by askingPart, judged off topic", () => {
    const core = askingPart(
      index,
      "I read about the Microsoft and NVIDIA money all week. Anyway, any tips for growing tomatoes on a balcony?",
    );
    expect(core?.verdict.onTopic).toBe(false);
    // With no word that turns from the story, the question is read whole as before.
    expect(
      askingPart(
        index,
        "I read about the Microsoft and NVIDIA money all week. Any tips for growing tomatoes on a balcony?",
      ),
    ).toBeUndefined();
  });

  it("still answers a question on topic after such a story", () => {
    const got = answer(
      "My partner and I read about the deal over breakfast. How much did NVIDIA put in?",
    );
    expect(got.abstained).toBe(false);
    expect(got.text).toMatch(/\$10 billion/u);
  });
});

describe("the asker's partner", () => {
  it("is a person of the story, no partnership", () => {
    const terms = index.analyze("my partner and I keep arguing about it").terms;
    expect(terms.some((term) => term.kind === "concept")).toBe(false);
  });
});

describe("a story's teller judged ('Was he right?')", () => {
  it("checks the claim the teller passed on, not the asker's bet", () => {
    for (const [question, lead, figure] of [
      [
        "My uncle swore Microsoft put in up to five billion dollars. I bet him it was more. Was he right?",
        /^Yes/u,
        /\$5 billion/u,
      ],
      [
        "My coworker said NVIDIA put in 7 billion dollars. I said it was more. Is he correct?",
        /^No/u,
        /\$10 billion/u,
      ],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(lead);
      expect(got.text.split("\n\n")[0], question).toMatch(figure);
    }
  });
});
