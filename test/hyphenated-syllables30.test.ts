/**
 * A word typed in hyphenated syllables ("in-vest-ment", "nvi-dia") is read whole; words joined by
 * a hyphen on purpose ("one-way") stay as written. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { joinHyphenatedSyllables } from "../src/search/hyphenated-syllables.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, index } = askProbe(knowledgeDir);

describe("hyphenated syllables", () => {
  it("are read as the word they spell", () => {
    says("how much did nvi-dia in-vest?", /\$10 billion/u);
  });

  it("leave words joined on purpose alone", () => {
    expect(joinHyphenatedSyllables("a one-way flow", index.lexicon)).toBe("a one-way flow");
    expect(joinHyphenatedSyllables("the in-vest-ment", index.lexicon)).toBe("the investment");
  });
});
