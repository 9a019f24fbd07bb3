/**
 * Short English runs typed together (latin-segment.ts): "the" glued to a word of the knowledge
 * ("thedeal"), a question word glued to a function verb ("whosaid"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { splitUnspacedLatin } from "../src/search/latin-segment.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, says } = askProbe(knowledgeDir);
const { lexicon } = index;

describe("a determiner glued to the word after it", () => {
  it("splits off when the word is the knowledge's and the run no word", () => {
    expect(splitUnspacedLatin("when did thedeal close", lexicon)).toBe("when did the deal close");
    says("what day was thedeal made public", /18 November/u);
  });

  it("leaves English words that open on 'the' whole", () => {
    for (const word of ["theory", "thesis", "therapy", "themes", "thereby"]) {
      expect(splitUnspacedLatin(word, lexicon), word).toBe(word);
    }
  });
});

describe("a question word glued to a function verb", () => {
  it("splits in two", () => {
    expect(splitUnspacedLatin("whosaid that", lexicon)).toBe("who said that");
    says("whosaid the money goes in a circle", /unnamed/u);
  });

  it("keeps the -ever words whole", () => {
    for (const word of ["whoever", "however", "whatever"]) {
      expect(splitUnspacedLatin(word, lexicon), word).toBe(word);
    }
  });
});
