/**
 * A courtesy closing the sentence that asks ("…, if you don't mind me asking?") is no word of
 * the question: with a sentence of chatter before it, its words no longer outvote what is asked.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a courtesy at the end of the question", () => {
  it("is dropped, and the question answered", () => {
    says(
      "My neighbour was going on at the barbecue about Nvidia and Claude's maker. How much is Nvidia putting in, if you don't mind me asking?",
      /\$10 billion/u,
    );
  });
});
