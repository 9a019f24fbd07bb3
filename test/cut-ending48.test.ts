/**
 * An English ending typed off its word ("valu-ation", "commit-ment") is no word alone: the word is
 * read whole, even misspelt, and even after a determiner (where "a sign-up" stays two pieces).
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an ending typed off its word", () => {
  it("reads the word whole after a determiner", () => {
    says("what's the valew-ation anthropic got after the deal", /\$350 billion/u);
  });
});
