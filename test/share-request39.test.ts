/**
 * "Share" asked of the bot is "tell" ("Kindly share OpenAI's valuation"): no share of stock, so
 * another company's figure is not answered with Anthropic's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("share as a request", () => {
  it("another company's valuation is not covered", () => {
    turnsAway("Please share xAI's latest valuation.");
  });

  it("another company's figure, asked kindly", () => {
    turnsAway("Could you share OpenAI's valuation figure?");
  });

  it("a share of the total is still a share", () => {
    says("can you share what share of the total NVIDIA's part is?", /66\.7/u);
  });

  it("the story's own figure is still answered", () => {
    says("kindly share Anthropic's valuation", /\$350 billion/u);
  });
});
