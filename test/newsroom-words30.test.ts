/**
 * Newsroom and office shorthand: "kit" and "gear" are hardware, the "hed" and "lede" are the
 * article's opening, and "for the sub", "memo due", ", ta" (thanks) are no words of the question.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("newsroom and office shorthand", () => {
  it("reads kit and gear as hardware", () => {
    says("What NVIDIA kit does Anthropic get to run on?", /Grace Blackwell/u);
  });

  it("reads the hed and the lede as the article's opening", () => {
    says("Is the number in the hed right?", /\$15 billion/u);
  });

  it("reads past the asker's deadline and thanks", () => {
    says("NVIDIA's number, need it for the sub, ta", /\$10 billion/u);
    says("Microsoft investment amount for the memo, ta", /\$5 billion/u);
  });
});
