/**
 * confirm18: who a claim's parties are. "only" before what a party does or how much ("nvidia is
 * only in for ten billion", "only putting up") bounds the sum, it does not claim the party alone;
 * the subject of a verb of paying pays its own figure even when a later clause gets money "from"
 * another ("Microsoft pays 5 billion but gets 30 billion from Anthropic"); "is this how the money
 * goes?" / "is that how it works?" after a claim asks whether the claim is right, not which way
 * the money goes, and the claim before it stays part of the question. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksMoneyDirection } from "../src/answer/fallback/question-shape.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { endsWithClaimTag } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("only before the act or the sum", () => {
  it("bounds the sum: a yes with the party's own figure", () => {
    for (const question of [
      "so nvidia is only in for ten billion, right?",
      "nvidia's only putting up 10 billion, correct?",
      "msft is only paying 5b into anthropic, correct?",
    ]) {
      expect(lead(question), question).toMatch(/^Yes/);
      expect(lead(question), question).not.toMatch(/15 billion/);
    }
  });

  it("still claims the party alone before its name or as 'the only'", () => {
    expect(lead("only microsoft invested in anthropic, correct?")).toMatch(/^No/);
    expect(lead("nvidia is the only investor, right?")).toMatch(/^No/);
  });
});

describe("a payer that also gets money back", () => {
  it("pays its own figure: both legs are a yes", () => {
    for (const question of [
      "Microsoft pays 5 billion yet receives 30 billion from Anthropic, right?",
      "Microsoft spends 5 billion but gets 30 billion from Anthropic, correct?",
    ]) {
      const text = ask(question).text;
      expect(firstSentence(text), question).toMatch(/^Yes/);
      expect(text, question).toMatch(/\$5 billion/);
      expect(text, question).toMatch(/\$30 billion/);
    }
  });

  it("still reads the one who gets money from another as paid", () => {
    expect(lead("Microsoft gets $30B from Anthropic, right?")).toMatch(/^Yes/);
    expect(lead("Microsoft gets 5 billion from Anthropic, right?")).toMatch(/^No/);
  });
});

describe("'is this how the money goes?' after a claim", () => {
  it("is a tag, not a question of direction", () => {
    expect(
      asksMoneyDirection("nvidia pays 10b and gets it back - is that how the money flows?"),
    ).toBe(false);
    expect(asksMoneyDirection("how does the money flow?")).toBe(true);
  });

  it("checks the whole claim before it", () => {
    const question =
      "Microsoft puts in 5 billion and gets 30 billion back from Anthropic on Azure - is that how the money flows?";
    const text = ask(question).text;
    expect(firstSentence(text)).toMatch(/^Yes/);
    expect(text).toMatch(/\$5 billion/);
    expect(text).toMatch(/\$30 billion/);
  });
});

describe("'is that the list?' after a claim", () => {
  it("is a tag, with or without its source", () => {
    expect(
      endsWithClaimTag(
        "foundry gets sonnet 4.5 and haiku 4.5 - is that the lineup in the release?",
      ),
    ).toBe(true);
    expect(endsWithClaimTag("nvidia 10, microsoft 5: are those the figures?")).toBe(true);
    expect(endsWithClaimTag("what is the list?")).toBe(false);
  });
});

describe("a claim, then 'is that the list in the announcement?'", () => {
  it("checks the claim before it, not the announcement", () => {
    expect(
      lead(
        "Microsoft Foundry offers Sonnet 4.5, Opus 4.1 and Haiku 4.5. Are those the models in the press release?",
      ),
    ).toMatch(/^Yes: Microsoft Foundry/);
    expect(
      lead(
        "Foundry has Sonnet 4.5, Opus 4.5 and Haiku 4.5. Is that the lineup from the announcement?",
      ),
    ).toMatch(/^No: .*Opus 4\.1/);
    expect(
      ask(
        "NVIDIA up to 10 billion and Microsoft up to 5 billion. Are those the figures in the announcement?",
      ).text,
    ).toMatch(/^Yes.*\$10 billion.*\$5 billion/);
  });
});
