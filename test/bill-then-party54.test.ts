/**
 * "the azure bill anthropic signed": the bill is Anthropic's purchase of Azure, and the party after
 * it is who signed it, so "bill anthropic" never reads as someone buying Anthropic (ownership,
 * which the sources never give). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a bill followed by the party who ran it up", () => {
  it("is the Azure purchase, not a takeover", () => {
    says("is the azure bill anthropic signed bigger than microsoft's investment?", /^Yes/u);
    says(
      "how many times bigger is the cloud bill anthropic signed than what microsoft put in",
      /6 times/u,
    );
  });

  it("leaves a takeover asked as one", () => {
    says("did microsoft purchase anthropic?", /^No/u);
  });
});
