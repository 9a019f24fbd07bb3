/**
 * "a purchase Anthropic makes": the purchase is a noun and Anthropic the buyer, not a company
 * bought; "did Microsoft buy Anthropic" is still asked of an acquisition. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a purchase Anthropic makes", () => {
  it("is Anthropic buying, not Anthropic bought", () => {
    says(
      "the 30 billion: money put into anthropic, or a purchase anthropic makes from microsoft?",
      /Anthropic committed to buy \$30 billion of Microsoft Azure/u,
    );
  });
  it("leaves the acquisition question as it was", () => {
    says("so did nvidia buy anthropic outright?", /^No\b/u);
  });
});
