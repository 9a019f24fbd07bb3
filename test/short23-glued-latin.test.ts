/**
 * English typed together, in short runs (short23, latin-segment.ts): a question word glued to a
 * word of the knowledge ("whichmodels", "whopaid"), and a name glued to the word after it by its
 * possessive "s" ("googlesrole"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { segmentLatin, splitUnspacedLatin } from "../src/search/latin-segment.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, says } = askProbe(knowledgeDir);
const { lexicon } = index;

describe("a question word glued to one word of the knowledge", () => {
  it("splits in two, even in a run shorter than the lattice's", () => {
    expect(segmentLatin("whichmodels", lexicon)).toEqual(["which", "models"]);
    expect(splitUnspacedLatin("whopaid more?", lexicon)).toBe("who paid more?");
    says("whichmodels are on foundry", /Sonnet/u);
  });

  it("leaves English words that open on a question word whole", () => {
    for (const word of ["however", "whoever", "whatever", "whenever", "whatsoever", "somehow"]) {
      expect(splitUnspacedLatin(word, lexicon), word).toBe(word);
    }
  });
});

describe("a name with its possessive s glued to the next word", () => {
  it("splits at the name", () => {
    expect(segmentLatin("googlesrole", lexicon)).toEqual(["googles", "role"]);
    says("googlesrole now", /Google/u);
  });
});
