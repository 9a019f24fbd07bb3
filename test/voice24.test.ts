/**
 * Voice typing, round twenty-four: a name spelt letter by letter ("a m d", "a w s") is the word
 * the knowledge knows; "in video" standing as a question's subject is NVIDIA, not the media;
 * "eli five" is ELI5; OpenAI said letter by letter in Korean ("오픈 에이 아이") is OpenAI, an
 * outside company; Azure heard as "as your" after a preposition; "how many gigs" of the compute is
 * its gigawatts; "too late to get into X shares" is the asker's trade. Phrasings not in any eval
 * set.
 */
import { describe, expect, it } from "vitest";
import { readQuestion } from "../src/search/read-question.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, index, says, turnsAway, turnsAwaySaying } = askProbe(knowledgeDir);
const read = (question: string) => readQuestion(question, index.lexicon).normalized;

describe("a name spelt letter by letter", () => {
  it("is read as the word the knowledge knows", () => {
    expect(read("is a w s still the main cloud")).toContain("aws");
    expect(read("how much did m s f t invest")).toContain("msft");
    expect(read("is a m d in on it")).toContain("amd");
  });

  it("leaves letters that make no known word, and function words, as written", () => {
    expect(read("plan a or b")).toBe("plan a or b");
    expect(read("is it a b c")).toBe("is it a b c");
    expect(read("meet at 9 a m")).not.toContain(" am");
  });

  it("answers about the company it names", () => {
    says("how much did m s f t invest", /\$5 billion/u);
    turnsAwaySaying("what about a m d are they in on the deal too", /AMD/u);
  });
});

describe("'in video' where a question's subject stands", () => {
  it("is NVIDIA heard", () => {
    expect(read("why did in video do it")).toBe("why did nvidia do it");
    says("what does in video want out of all this", /NVIDIA/u);
  });

  it("is the media when it says where, or media are talked of", () => {
    expect(read("is it in video form")).toContain("in video");
    expect(read("what is in video games")).toContain("in video");
  });
});

describe("voice-typed slang and outside names", () => {
  it("reads 'eli five' as ELI5", () => {
    expect(read("eli five the deal")).toBe(read("eli5 the deal"));
  });

  it("reads OpenAI spelt in Korean letters as OpenAI, not Anthropic", () => {
    const answer = ask("오픈 에이 아이 기업가치 얼마임");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/3500억/u);
    expect(answer.text).toMatch(/오픈AI/u);
  });

  it("reads 'as your' as Azure only where the ordinary words cannot stand", () => {
    expect(read("how much did anthropic commit to as your")).toContain("azure");
    says("can i use clawed on as your", /Azure/u);
    expect(read("is it the same as your last answer on azure")).toContain("same as your");
    expect(read("as long as your answer is from the article")).toContain("as your");
  });

  it("reads 'how many gigs' of the compute as its gigawatts, not memory", () => {
    says("the compute thing, how many gigs we talking", /1 gigawatt/u);
    expect(read("how many gigs of ram does claude need")).toContain("gigs");
  });

  it("turns away 'too late to get into' a company's shares", () => {
    turnsAway("is it too late to get into nvidia shares now");
    expect(ask("is it too late to get into nvidia shares now").text).toMatch(/advice/u);
  });
});
