/**
 * A dropped h is put back when that makes a known word ("'ow much", "'ave", "'edgin'"); Cockney
 * words are read as plain English ("wot", "wiv", "fings", "oo"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { restoreDroppedH } from "../src/search/dropped-h.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const known = new Set(["how", "have", "hedging", "hands"]);
const isWord = (word: string) => known.has(word);

describe("a dropped h", () => {
  it("is put back when the word is known with it", () => {
    expect(restoreDroppedH("'ow much did they 'ave", isWord)).toBe("how much did they have");
  });

  it("is put back before a dropped g", () => {
    expect(restoreDroppedH("they're 'edgin' their bets", isWord)).toBe(
      "they're hedgin' their bets",
    );
  });

  it("leaves a word that is none with an h, and a quote mark after a word", () => {
    expect(restoreDroppedH("give 'em 'til friday, it's 'hot'", isWord)).toBe(
      "give 'em 'til friday, it's 'hot'",
    );
  });

  it("reads the question", () => {
    says(
      "'ow many times bigger is NVIDIA's money than Microsoft's?",
      /^(?!Yes)[^\n]*(?:two times|twice|2 times)/u,
    );
  });
});

describe("Cockney words", () => {
  it("wot and wiv", () => {
    says("wot did Nadella 'ave to say about OpenAI?", /critical partner/u);
  });

  it("wot chips", () => {
    says("wot chips is Anthropic runnin' on?", /^(?!Yes)[^\n]*Grace Blackwell/u);
  });

  it("fings", () => {
    says("which Copilot fings is Claude in?", /GitHub Copilot/u);
  });
});
