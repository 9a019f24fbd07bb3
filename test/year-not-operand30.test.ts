/**
 * A year or a month written beside a figure asked to be computed ("from its September 2025
 * figure", "9월 몸값 대비") is no operand. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a year beside a computation", () => {
  it("is no operand", () => {
    says("How many times over did the valuation grow since September 2025?", /1\.9 times/u);
  });
});
