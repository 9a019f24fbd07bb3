/**
 * What a party takes in, said in slang or in money's terms ("what does microsoft take home from
 * this, dollar-wise?", "what does nvidia rake in here, cash-wise?"): what flows to it (the Azure
 * purchase to Microsoft, the compute to NVIDIA), not the party's own investment. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what a party takes in", () => {
  it("is what flows to it", () => {
    says(
      "what does microsoft take home from this, dollar-wise?",
      /^Anthropic committed to buy \$30 billion of Microsoft Azure/u,
    );
    says("what does nvidia rake in here, cash-wise?", /^Anthropic contracted additional compute/u);
  });

  it("asked how much, is the money paid to it", () => {
    says("how much is microsoft raking in from all this?", /^Anthropic → Microsoft: Azure/u);
  });
});
