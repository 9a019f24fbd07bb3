/**
 * Staying out of a stock as the asker's own choice is advice: "…a bubble I should stay away from
 * as an investor?" had been answered "No:" with the valuation. A company avoiding something is
 * still the story's. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("staying away as advice", () => {
  it("a stock the asker should steer clear of", async () => {
    const reply = await ask("NVDA is overheated after this deal, should I steer clear of it?");
    expect(reply.text).toMatch(/^I can't give investment advice/u);
  });

  it("a valuation called a bubble to stay away from", async () => {
    const reply = await ask(
      "Anthropic at 350 billion is a bubble we should stay away from, right?",
    );
    expect(reply.text).toMatch(/^I can't give investment advice/u);
  });

  it("a company avoiding something is the story's", () => {
    says("Why does Microsoft want to avoid relying only on OpenAI?", /OpenAI/u);
  });
});
