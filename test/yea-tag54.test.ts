/**
 * "yea" and "yeh" closing a claim ask to confirm it, as "yeah" does ("nvidia put in 10 bil yea").
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("yea and yeh as a tag", () => {
  it("confirms a right claim", () => {
    says("nvidia put in 10 bil yea", /^Yes/u);
    says("anthropic is buying 30 billion of azure, yeh?", /^Yes/u);
  });

  it("corrects a wrong one", () => {
    says("microsoft put in ten billion yea", /^No/u);
  });
});
