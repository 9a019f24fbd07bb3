/**
 * "how much increase", "how big of an increase" (arithmetic.ts): the rise asked as a noun is the
 * difference, worked out. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the increase asked as a noun", () => {
  it("is the difference", () => {
    says("valuation from 183 to 350 billion, how much of an increase is that", /167/u);
    says("how big a jump is it from 183bn to 350bn", /167/u);
  });
});
