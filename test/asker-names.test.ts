/**
 * The asker's or a teller's name is no party of the question ("…? Thanks, Margaret", "my grandson
 * Kevin says…", "손자가 물어봐서"), while a company or person named in the question still is
 * (branch plainask). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { askerNames, endsOnAWord } from "../src/search/asker-names.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("askerNames", () => {
  it.each([
    ["How much did NVIDIA put into Anthropic? Thanks, Margaret", ["margaret"]],
    ["what is the azure commitment?? thx Dave Kim", ["dave", "kim"]],
    ["Who makes Claude? - Tom", ["tom"]],
    ["My grandson Kevin says Microsoft invested 5 billion. Is that right?", ["grandson", "kevin"]],
    ["Hi, I'm Priya. What does circular investment mean here?", ["priya"]],
    ["딸이 숙제로 물어봐서요. 순환 투자가 뭐예요?", ["딸이", "숙제로", "물어봐서요"]],
  ])("%s", (question, names) => {
    expect([...askerNames(question)].sort()).toEqual([...names].sort());
  });

  it.each([
    "my friend bought nvidia, how much did nvidia invest?",
    "What is the best Claude model on Foundry?",
    "Is this Stargate?",
    "My wife swears it was July",
  ])("names nobody in %s", (question) => {
    expect([...askerNames(question)]).toEqual([]);
  });
});

describe("answers with the asker named", () => {
  it.each([
    "How much did NVIDIA put into Anthropic? Thanks, Margaret",
    "how much is the azure commitment? cheers, Dave",
    "My coworker Raj forwarded this piece. Any factual errors in it?",
    "Hi, I'm Priya. What does circular investment mean here?",
    "친구가 물어보는데 엔비디아는 얼마 투자했어요?",
    "딸이 숙제로 물어봐서요. 순환 투자가 뭐예요?",
  ])("%s is answered", (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toMatch(/Margaret|Dave|Raj|Priya/u);
  });

  it.each([
    ["How much did Oracle invest? Thanks, Linda", /Oracle/u],
    ["My friend Bob says SoftBank is in on it too, is that in the article?", /SoftBank/u],
  ])("%s still names the party not covered", (question, party) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(party);
    expect(answer.text).not.toMatch(/Linda|Bob/u);
  });
});

describe("endsOnAWord (a sign-off's last word, read from the end)", () => {
  // The same as /[a-z][.!~)]*\s*$/iu: with those flags ſ and the Kelvin sign are letters too.
  it.each([
    ["cheers, Oona", true],
    ["ta muchly ~Rhys~ ", true],
    ["ok thanks (Bea)\n", true],
    ["glückwunsch ſ", true],
    ["five \u212a", true],
    ["what did they pay?", false],
    ["is it 30 ", false],
    ["... !", false],
    ["", false],
    ["Wörter ü", false],
  ])("%j -> %s", (text, ends) => {
    expect(endsOnAWord(text)).toBe(ends);
    expect(/[a-z][.!~)]*\s*$/iu.test(text)).toBe(ends);
  });

  it("reads 'my' or 'our' as a word only", () => {
    expect([...askerNames("Our flatmate Ingrid reckons azure got cheaper?")].sort()).toEqual([
      "flatmate",
      "ingrid",
    ]);
    expect([...askerNames("yours truly Ingrid asks: is azure cheaper?")]).toEqual([]);
    expect([...askerNames("Im Ottilie, quick one on the chips")]).toEqual(["ottilie"]);
  });
});
