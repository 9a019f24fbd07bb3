/**
 * Whom the asker addresses after the tag ("…, right, folks?", "…? yes or no, y'all"): no word of
 * the claim, and the tag before it still asks to confirm. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an address after the tag", () => {
  it("keeps the claim a claim", () => {
    says(
      "Nadella said OpenAI is done as a partner, right? Yes or no, folks.",
      /^No: Satya Nadella/u,
    );
    says("Claude is on all three major clouds now? Yes or no, folks.", /^Yes: Claude/u);
  });
});
