/**
 * A dropped g on a word only the glossary spells both ways (english-conjugate.ts, read-question.ts):
 * "throwin how much at" is read "throwing how much at". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { restoreDroppedG } from "../src/search/english-conjugate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a glossary's -in spelling does not keep the g off", () => {
  it("restores against the stricter test of the form as written", () => {
    const glossaryWords = new Set(["throwin", "throwing"]);
    const isWord = (word: string) => glossaryWords.has(word);
    expect(restoreDroppedG("throwin how much", isWord, () => false)).toBe("throwing how much");
    expect(restoreDroppedG("throwin how much", isWord)).toBe("throwin how much");
  });

  it("answers the slang with the figure", () => {
    says("ok so nvidia is throwin how much at anthropic then", /\$10 billion/u);
    says("and microsoft, chuckin how much at them lads?", /\$5 billion/u);
  });
});
