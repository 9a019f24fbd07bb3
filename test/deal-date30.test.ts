/**
 * A date claimed of the deal itself ("the deal was in october?") is checked against the day it
 * was announced. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a date claimed of the deal", () => {
  it("is checked against the announcement", () => {
    says("the deal happened in october, right?", /^No\b[^.]*18 November 2025/u);
    says("this happened in 2025 right?", /^Yes\b[^.]*18 November 2025/u);
  });
});
