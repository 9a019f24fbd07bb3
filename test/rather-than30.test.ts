/**
 * "rather than" sets a thing aside, as "not" does: it is no comparison of sizes, a relation after
 * it is denied, and a figure written once claimed and once set aside is claimed. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("rather than", () => {
  it("is no comparison of two figures", () => {
    says(
      "Is the $30 billion Anthropic's commitment to buy Azure compute rather than an investment?",
      /^Yes\b[^.]*\$30 billion of Microsoft Azure/u,
    );
  });

  it("denies the relation after it", () => {
    says(
      "The $30 billion is Anthropic's Azure purchase rather than an investment, right?",
      /^Yes: Anthropic committed to buy/u,
    );
    says("Is the $30 billion an investment rather than a purchase?", /^No: Anthropic committed/u);
  });

  it("leaves a figure claimed before it claimed", () => {
    says("NVIDIA's commitment is up to $10B, not a flat $10B, correct?", /^Yes\b/u);
    says("NVIDIA put in $5B, not $10B, right?", /^No\b/u);
  });
});
