/**
 * Money slang: "coin" is money ("how much coin", "the real coin"), not "co" with a dropped g;
 * "writing into" a company is putting money in; "smol" is small; a "ticket" beside MSFT is its
 * investment; "talking out his backside" doubts the teller (a tag). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("money slang", () => {
  it("reads the real coin as whether a figure heard is true", () => {
    says(
      "My cousin says Microsoft and NVIDIA threw 30 billion at Anthropic. Is that the real coin or is he talkin out his backside?",
      /^No\b.*\$15 billion/su,
    );
  });

  it("reads writing into a company as putting money in", () => {
    says("How much is NVIDIA writing into Anthropic?", /\$10 billion/u);
  });

  it("reads a smol MSFT ticket as Microsoft's investment", () => {
    says("the MSFT ticket looks smol tbh. how big is it really?", /\$5 billion/u);
  });

  it("still declines a coin to buy as advice", () => {
    declinesAsAdvice("Which coin should I buy off the back of this deal?");
  });
});
