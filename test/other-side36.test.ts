/**
 * The other side of a yes-or-no question, pointing back with a pronoun ("…, or does it skip
 * it?"), adds nothing to ask; a direction named there ("or is it the other way around?") still
 * does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the other side of a yes-or-no question", () => {
  it("pointing back adds nothing to ask", () => {
    says("does the article mention amazon, or does it skip it?", /^Yes, the article mentions/u);
    says("is google in the article, or is it left out?", /^Yes: .*Google Cloud/u);
  });

  it("naming a direction is still asked", () => {
    says("Is NVIDIA paying Anthropic, or is it the other way around?", /NVIDIA → Anthropic/u);
  });
});
