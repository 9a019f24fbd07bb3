/**
 * Text-speak without inner vowels ("totl", "mcrsft") is read as the knowledge word it can only be;
 * a word that could be two, or that changes its first or last letter, is not. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { isDroppedVowelForm } from "../src/search/dropped-vowels.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("dropped vowels", () => {
  it("keeps first, last and every consonant", () => {
    expect(isDroppedVowelForm("totl", "total")).toBe(true);
    expect(isDroppedVowelForm("mcrsft", "microsoft")).toBe(true);
    expect(isDroppedVowelForm("plan", "plane")).toBe(false);
    expect(isDroppedVowelForm("amt", "amount")).toBe(false);
    expect(isDroppedVowelForm("chip", "chips")).toBe(false);
  });
  it("reads a vowel-less question", () => {
    says("whats the totl both of em are puttin in", /\$15 billion/u);
    says("mcrsft invstmnt in anthrpc pls", /Microsoft[^\n]*\$5 billion/u);
  });
});
