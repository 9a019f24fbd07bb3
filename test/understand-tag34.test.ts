/**
 * "…. I understand correctly?", "…, i get it right?": a learner's "do I understand correctly?"
 * closing a claim asks to confirm it. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'I understand correctly?' after a claim", () => {
  it("asks to confirm the claim", () => {
    says("Google is now the main cloud of Anthropic. I understand correctly?", /^No: Amazon/u);
    says("Anthropic buys 30 billion of Azure, I get it right?", /^Yes: Anthropic committed/u);
  });
});
