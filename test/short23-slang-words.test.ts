/**
 * Slang and abbreviations of very short messages, as data (short23: aliases.json, glossary.json):
 * "val" beside before / after, a gigawatt spoken in syllables, a party that
 * "comes in" asked why, a "fishing" headline, "what's the catch" alone. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("company abbreviations and terminal shorthand", () => {
  it("reads val beside before or after as the valuation", () => {
    says("anthropic val after the deal?", /\$350 billion/u);
    says("their val before the announcement?", /\$183 billion/u);
  });

  it("reads a gigawatt said in syllables", () => {
    says("one giga watt of what?", /1 gigawatt/u);
  });
});

describe("Korean chat words", () => {
  it("reads a party coming in, asked why, as its investing", () => {
    says("마소 왜 들어왔음?", /오픈AI|의존/u);
  });

  it("reads a fishing headline as the headline's error", () => {
    says("낚시성 제목 아님?", /150억/u);
  });
});

describe("what's the catch", () => {
  it("is the article's worry, said alone", () => {
    says("ok but whats the catch", /circular/u);
  });

  it("is no fishing catch", () => {
    turnsAway("what's the catch of the day at the fish market");
  });
});
