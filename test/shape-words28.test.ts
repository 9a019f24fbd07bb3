/**
 * Words that only shape a request ("the substance of", "the gist", "the little …") say nothing
 * of its subject, "quotation" is a quote, and being squeezed, shut or priced out of a market is
 * its barrier to entry. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("shape words and the words for a barrier to entry", () => {
  it("reads past the words that shape a request", () => {
    says("Give me the substance of the quotation from the Microsoft executive.", /Nadella/u);
    says("what's the essence of the quotation by the CEO?", /Nadella/u);
  });

  it("reads being squeezed or shut out as the barrier to entry", () => {
    says("are little AI companies getting squeezed out, per the writer?", /barrier to entry/u);
    says("does the piece think smaller labs get priced out?", /barrier to entry/u);
  });
});
