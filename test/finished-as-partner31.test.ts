/**
 * "OpenAI's finished as a partner", "Amazon is history": a claim that something ended, which a
 * fact saying it remains answers with a no. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("finished, done, history", () => {
  it("is a no against a fact that says it remains", () => {
    says(
      "So OpenAI is done as Microsoft's partner now, yes?",
      /^No: [^\n]*remains a critical partner/u,
    );
    says("amazon is history as anthropic's main cloud, right?", /^No: Amazon remains/u);
  });
});
