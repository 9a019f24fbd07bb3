import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import {
  joinSpokenNames,
  MAX_REMEMBERED_PAIRS,
  rememberedPairCount,
} from "../src/search/spoken-names.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { lexicon } = buildKnowledgeIndex(loadKnowledge(knowledgeDir), { cache: false });

/** Distinct made-up words of letters only ("qzaa", "qzab", …), unknown to the knowledge. */
function madeUpWords(count: number): string[] {
  const words: string[] = [];
  for (let n = 0; words.length < count; n++) {
    let word = "";
    for (let rest = n, letters = 0; letters < 3; letters++, rest = Math.floor(rest / 26)) {
      word += String.fromCharCode(97 + (rest % 26));
    }
    words.push(`qz${word}`);
  }
  return words;
}

describe("pairs of words remembered as names heard", () => {
  it("reads a pair the same the second time, from memory", () => {
    const before = rememberedPairCount(lexicon);
    expect(joinSpokenNames("is it the anthro pick one", lexicon)).toBe("is it the anthropic one");
    expect(rememberedPairCount(lexicon)).toBeGreaterThan(before);
    const after = rememberedPairCount(lexicon);
    expect(joinSpokenNames("is it the anthro pick one", lexicon)).toBe("is it the anthropic one");
    expect(joinSpokenNames("they signed it last night", lexicon)).toBe("they signed it last night");
    expect(rememberedPairCount(lexicon)).toBeGreaterThanOrEqual(after);
  });

  it("remembers at most MAX_REMEMBERED_PAIRS pairs, and still reads new ones once full", () => {
    const text = madeUpWords(MAX_REMEMBERED_PAIRS + 500).join(" ");
    expect(joinSpokenNames(text, lexicon)).toBe(text);
    expect(rememberedPairCount(lexicon)).toBe(MAX_REMEMBERED_PAIRS);
    // Full: pairs never seen are read, not remembered.
    expect(joinSpokenNames("how much from en vidia", lexicon)).toContain("nvidia");
    expect(joinSpokenNames("micro soft put in what", lexicon)).toBe("microsoft put in what");
    expect(rememberedPairCount(lexicon)).toBe(MAX_REMEMBERED_PAIRS);
  });

  it("joins a pair only across white space, of words of two letters or more, anywhere in the text", () => {
    // At the start, at the end, across a line break or a wide space, beside other scripts.
    expect(joinSpokenNames("anthro pick, what's their cut", lexicon)).toBe(
      "anthropic, what's their cut",
    );
    expect(joinSpokenNames("who pays micro soft", lexicon)).toBe("who pays microsoft");
    expect(joinSpokenNames("how much did micro\n soft give", lexicon)).toBe(
      "how much did microsoft give",
    );
    expect(joinSpokenNames("그 anthro\u3000pick 얘기", lexicon)).toBe("그 anthropic 얘기");
    // Not across a dash, a digit or a letter outside a-z; a pair read as a name is passed whole.
    expect(joinSpokenNames("micro-soft and anthro pick", lexicon)).toBe("micro-soft and anthropic");
    expect(joinSpokenNames("micro 3 soft", lexicon)).toBe("micro 3 soft");
    expect(joinSpokenNames("micro é soft", lexicon)).toBe("micro é soft");
    expect(joinSpokenNames("en vidia micro soft", lexicon)).toBe("nvidia microsoft");
  });
});
