/**
 * A bare number followed by the kind of figure it is ("that 183 valuation", "the 30 purchase") is
 * read at the scale of the figure the knowledge states, as "the 183 number" is. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { amountsIn, says } = askProbe(knowledgeDir);

describe("a bare number and the kind of figure it is", () => {
  it("is read at the figure's scale", () => {
    expect(amountsIn("when was that 183 valuation")).toEqual(["183000000000"]);
    says("who came up with that 183 valuation?", /\$183 billion/u);
  });
});
