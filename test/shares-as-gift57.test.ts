/**
 * Shares given as a present (stopwords.ts): judged or planned, the asker's own trade, so advice
 * the bot does not give. A party getting shares stays the story's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice, says } = askProbe(knowledgeDir);

describe("shares as a present", () => {
  it("is advice, in English and Korean", () => {
    declinesAsAdvice("would some microsoft shares make a nice christmas present for my nephew");
    declinesAsAdvice("giving my daughter nvidia stock for her wedding, thoughts?");
    declinesAsAdvice("마이크로소프트 주식 조카 선물로 괜찮을까요");
  });

  it("leaves the parties' own shares to the story", () => {
    says("what does microsoft get for its money, shares?", /Microsoft/u);
  });
});
