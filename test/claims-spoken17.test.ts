/**
 * Confirmations as people speak or write them before quoting (claims17): a spoken filler ("um",
 * "uh", "erm") is no word of the claim, nor of a lead-in it opens; a last sentence that only says
 * the asker will quote the answer ("want to confirm before I quote it", "I'd like to quote it")
 * asks about no quote of the article. Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { firstSentence } from "../src/eval/evaluate.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { ENGLISH_STOPWORDS } from "../src/search/stopwords.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("spoken fillers", () => {
  it("are stop words", () => {
    for (const word of ["um", "uh", "uhh", "uhm", "erm"])
      expect(ENGLISH_STOPWORDS.has(word)).toBe(true);
  });

  it("open a lead-in without hiding it", () => {
    expect(asksToConfirm("um is it true that nvidia put in 10 billion")).toBe(true);
    expect(asksToConfirm("uh, i heard microsoft invested 5 billion")).toBe(true);
    expect(asksToConfirm("umm what did nvidia invest")).toBe(false);
  });

  it("leave a claim its yes", () => {
    expect(lead("uh the compute runs on vera rubin and grace blackwell right")).toMatch(/^Yes/);
    expect(lead("erm is it true that microsoft put five billion in")).toMatch(/^Yes/);
    expect(lead("uh i heard amazon is still anthropic's main cloud")).toMatch(/^Yes/);
  });
});

describe("the asker's plan to quote the answer", () => {
  it("is no claim about the article's quote", () => {
    expect(
      lead("NVIDIA is investing up to $10 billion, correct? Need to check before I quote it."),
    ).toMatch(/^Yes/);
    expect(
      lead(
        "Did Satya Nadella call OpenAI a critical partner for Microsoft? Want to confirm before quoting it.",
      ),
    ).toMatch(/^Yes/);
    expect(lead("Did NVIDIA put 10 billion into Anthropic? I'd like to quote it.")).toMatch(/^Yes/);
  });
});
