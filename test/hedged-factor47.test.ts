/**
 * A multiple claimed with a hedge ("roughly doubled", "about twice") holds within a tenth of it,
 * though the glossary drops the hedge as filler: it is read as written too. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a hedged multiple", () => {
  it("holds within a tenth of the factor", () => {
    says("So Anthropic's valuation has roughly doubled since September, yes?", /^Yes\b.*1\.91/su);
  });

  it("does not hold exactly", () => {
    says("So Anthropic's valuation has exactly doubled since September, yes?", /^No\b.*1\.91/su);
  });
});
