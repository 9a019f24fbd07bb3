/**
 * Jamaican patois function words ("wah", "seh", "nuh", "di", "pon", "haffi", "a true?") and German
 * money words typed into English ("Milliarden", "Kohle", "wie viel") are read as the English ones,
 * as Pidgin's already were; "dat" stays out, as a run-together "valuedat" is "valued at".
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("patois and German words in English questions", () => {
  it("which chips, in patois", () => {
    says("which chip dem Anthropic a go run pon?", /Grace Blackwell/u);
  });

  it("who gets the combined sum, in patois", () => {
    says("who a di one get di 15 billion?", /Anthropic/u);
  });

  it("what Anthropic has to pay, in patois", () => {
    says("how much Anthropic haffi pay fi di Azure ting?", /\$30 billion/u);
  });

  it("billions in German", () => {
    says("How many Milliarden does Microsoft invest in Anthropic?", /\$5 billion/u);
  });

  it("money and how much in German", () => {
    says("wie viel Kohle kommt from NVIDIA to Anthropic?", /\$10 billion/u);
  });
});
