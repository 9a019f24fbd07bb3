/**
 * A number in digits before a plural English noun counts things ("which 2 companies", "all 3
 * clouds"), as "two companies" does: it is no figure the story lacks. Before a unit or a scale
 * ("30 bills", "5 billions"), a span of time ("4 years") or a verb ("the 30 comes from") it stays
 * a figure, and in a claim ("Claude is on 2 clouds, right?") the count is checked. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn } = askProbe(knowledgeDir);

describe("a number that counts things", () => {
  it("is no figure", () => {
    says("name the 2 firms investing in anthropic", /\$10 billion/u);
    expect(amountsIn("which 2 firms invest in anthropic")).toEqual([]);
  });

  it("stays a figure before a unit or a scale", () => {
    expect(amountsIn("nvidia put in 30 bills?").length).toBeGreaterThan(0);
    expect(amountsIn("did ms invest 5 billions?").length).toBeGreaterThan(0);
    expect(amountsIn("where the 30 comes from").length).toBeGreaterThan(0);
    expect(amountsIn("would it take 4 years")).toEqual(["4"]);
  });

  it("stays in a claim, to be checked against the fact's count", () => {
    says("claude is on 2 clouds these days, right?", /^No.*three/u);
  });
});
