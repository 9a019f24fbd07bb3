/**
 * West African pidgin and blunt English address words: tags that ask nothing ("abeg", "oga",
 * "chale", a closing "sha"), pidgin function words read as English ("e dey" is "is it", "wey" is
 * "that"), money put "inside" a company, and a company named by its "boys". Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("pidgin tags and address words", () => {
  it("are folded away, the question is answered", () => {
    says("abeg how much nvidia put for anthropic?", /\$10 billion/u);
    says("oga, microsoft invest how much for anthropic sha?", /\$5 billion/u);
    says("chale, wetin be the valuation after the deal?", /\$350 billion/u);
    says("how much did microsoft put in anthropic, my guy?", /\$5 billion/u);
    says("how much is nvidia chipping in, buddy?", /\$10 billion/u);
  });
});

describe("pidgin function words", () => {
  it("read e dey and wey as English", () => {
    for (const question of [
      "the Claude model, which cloud providers e dey on?",
      "na which clouds Claude e dey for now abeg",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/AWS|Google/u);
    }
    says("how much be the money wey nvidia promise anthropic?", /\$10 billion/u);
  });
  it("reads dem, dey and una where money is talked of", () => {
    says("how much money dem microsoft drop for anthropic?", /\$5 billion/u);
    says("nvidia dey invest how much for anthropic now?", /\$10 billion/u);
    says("una fit tell me how much microsoft invest?", /\$5 billion/u);
  });
});

describe("money put inside a company", () => {
  it("is money put in it", () => {
    says("nadella people put how much inside anthropic?", /\$5 billion/u);
    says("how much money nvidia go put inside anthropic o", /\$10 billion/u);
  });
});

describe("a company named by its boys", () => {
  it("is the company's guys", () => {
    says("how much did the chip boys put in?", /\$10 billion/u);
  });
  it("leaves a sentence without money words alone", () => {
    const answer = ask("is the office inside the building?");
    expect(answer.text).not.toMatch(/\$5 billion/u);
  });
});
