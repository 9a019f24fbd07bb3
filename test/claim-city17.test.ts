/**
 * Where a claim says the deal was announced (claims17): a city after "in" ("announced in Las
 * Vegas", "at the Web Summit in Lisbon") is no party the knowledge lacks. After a verb of
 * announcing it is a place the fact must hold; after an event it is the event's city, and the
 * event is checked. Its names are no words off the topic. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { unknownPlaceWords } from "../src/answer/fallback/scope.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("the names of a claim's places", () => {
  it("counts the unknown words of an event and its city", () => {
    expect(
      unknownPlaceWords(index.analyze("it was unveiled at the web summit in lisbon, right?")),
    ).toBeGreaterThanOrEqual(2);
    expect(unknownPlaceWords(index.analyze("microsoft invested in anthropic, right?"))).toBe(0);
    expect(unknownPlaceWords(index.analyze("what was announced in lisbon"))).toBe(0);
  });
});

describe("a city claimed", () => {
  it("is a no with the event the record gives", () => {
    for (const question of [
      "the deal was announced in Las Vegas, right?",
      "was the deal announced at the Web Summit in Lisbon?",
      "the partnership was announced at Microsoft Build in Seattle, right?",
      "so they unveiled the partnership in berlin, correct?",
    ]) {
      expect(lead(question), question).toMatch(/^No/);
      expect(ask(question).text, question).toMatch(/Ignite/);
    }
  });

  it("leaves a month a time and an ignored claim off the topic", () => {
    expect(lead("the deal was announced in november at ignite right")).toMatch(/^Yes/);
    expect(ask("the olympics were announced at the stadium in paris, right?").abstained).toBe(true);
    expect(ask("Microsoft invested in Anthropic, right?").abstained).toBe(false);
  });
});
