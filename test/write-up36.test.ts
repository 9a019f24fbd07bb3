/**
 * The piece called a write-up is the article ("what does the write-up say about OpenAI?"), not a
 * topic the article lacks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a write-up", () => {
  it("is the article", () => {
    says("what does the write up say about openai?", /^According to the article, .*OpenAI/u);
    says("so what's this writeup's take on openai", /OpenAI/u);
  });
});
