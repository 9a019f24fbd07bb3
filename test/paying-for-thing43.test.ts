/**
 * A payment claimed "for" what a party's flow is made of ("Anthropic pays Microsoft for the Azure
 * compute") is checked as the payment between the two parties, the thing bought no third party;
 * "… and not the reverse" (no comma) and Taglish "tama ba" close the claim. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("paying a party for its thing", () => {
  it("says yes with the payment's own fact", () => {
    says("So Anthropic pays Microsoft for the Azure capacity, correct?", /^Yes.*\$30 billion/u);
    says("Anthropic is the one paying Microsoft and not the reverse, right?", /^Yes/u);
    says("Si Anthropic ang nagbabayad kay Microsoft for Azure, tama ba?", /^Yes.*\$30 billion/u);
  });
});
