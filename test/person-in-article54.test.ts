/**
 * "the guy in the article", "the bloke in the piece": the person the piece quotes, so a claim
 * that he was someone named is checked against the quote's unnamed source. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a person in the article", () => {
  it("is the expert it quotes", () => {
    says(
      "The guy in the article talking about circular money, that was Jensen Huang, right?",
      /^No: the 'circular investment' quote/u,
    );
    says("the fella in the piece on the money loop was Satya Nadella, yeah?", /unnamed expert/u);
  });
});
