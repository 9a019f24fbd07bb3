/**
 * A claim with the article cited in support after it ("…, right? that's what the article says",
 * "…going by the article") asks whether the claim is true: the record's yes or no leads, not
 * "the article does say that" (claims17). Asked what the article says, that still leads.
 * Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { firstSentence } from "../src/eval/evaluate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("the article cited for a claim", () => {
  it("leaves the record's verdict first", () => {
    expect(
      lead("MSFT and NVDA are putting $30bn into Anthropic, correct? that is what the piece said"),
    ).toMatch(/^No.*15/);
    expect(
      lead("nvidia and microsoft together invest 30 billion, yeah? it's what the blog post says"),
    ).toMatch(/^No/);
    expect(lead("NVIDIA committed up to 10 billion, right? that's what the article says")).toMatch(
      /^Yes/,
    );
  });

  it("still says what the article says when that is asked", () => {
    expect(lead("the piece says Microsoft and NVIDIA invest $30 billion, right?")).toMatch(
      /^Yes, the article does say that/,
    );
  });
});
