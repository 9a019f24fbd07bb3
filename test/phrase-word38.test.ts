/**
 * "Phrase", "phrasing" and "wording" ask for someone's words, as "words" already did: "What phrase
 * did Nadella use about …" had been read as a phrase the article does not cover. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("phrase and wording ask for the words", () => {
  it("the phrase Nadella used", () => {
    says("Which phrase did Nadella use for the two companies?", /customers of each other/u);
  });

  it("Nadella's wording", () => {
    says("Nadella's exact wording on Microsoft and Anthropic?", /customers of each other/u);
  });
});
