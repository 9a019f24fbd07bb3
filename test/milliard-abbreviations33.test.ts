/**
 * The milliard abbreviated as French, German and Italian writers do ("10 Md$", "5 Mrd. USD",
 * "15 mld") is a billion after a number; "an MD" stays a doctor. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn: amounts } = askProbe(knowledgeDir);

describe("an abbreviated milliard", () => {
  it("is a billion after a number", () => {
    expect(amounts("the 10 Md$ from NVIDIA")).toEqual(["10000000000"]);
    expect(amounts("5 Mrd. USD")).toEqual(["5000000000"]);
    expect(amounts("15 mld")).toEqual(["15000000000"]);
    says("Microsoft invested 5 Mrd. USD, correct?", /^Yes\b[^\n]*\$5 billion/u);
  });
  it("is no number after 'an'", () => {
    expect(amounts("an MD from Harvard")).toEqual([]);
  });
});
