/**
 * Crypto slang, often shouted: FUD is a false story, getting rugged is being dropped, aping
 * into something is investing in it. Read as those words, the question is answered instead of
 * taking the slang for a company the knowledge lacks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("crypto slang", () => {
  it("reads FUD as a false story", () => {
    says("IS THE 30 BIL INVESTMENT HEADLINE LEGIT OR FUD??", /\$15 billion/u);
  });

  it("reads getting rugged as being dropped", () => {
    says("did openai get rugged by msft after this??", /critical partner/u);
  });

  it("reads aping a sum into a company as investing it", () => {
    says("MSFT APED 5 BIL INTO ANTHROPIC, RIGHT?", /^Yes\b.*\$5 billion/su);
  });
});
