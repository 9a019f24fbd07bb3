/**
 * A verb's own "up" before "to" ("signed up to spend", "lined up to buy") is no "up to" ceiling:
 * "Anthropic signed up to spend $30B on Azure, right?" had been a no, as if it claimed a ceiling
 * on a set amount. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("phrasal up before to", () => {
  it("signed up to spend", () => {
    says("Anthropic signed up to spend $30 billion on Azure, correct?", /^Yes\b/u);
  });

  it("lined up to buy", () => {
    says("Anthropic has lined up to buy 30 billion dollars of Azure capacity, right?", /^Yes\b/u);
  });

  it("a ceiling claimed of a set amount is still a no", () => {
    says("Anthropic will spend up to $30 billion on Azure, at most, right?", /^No\b/u);
  });
});
