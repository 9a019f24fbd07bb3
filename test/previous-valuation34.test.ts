/**
 * "previous valuation", "prior val", "old worth": the valuation before the deal; chat's "num" is a
 * number when what it is is asked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a valuation said to be the earlier one", () => {
  it("is the valuation before the deal", () => {
    says("what was anthropic's prior valuation?", /\$183 billion in September 2025/u);
    says("Anthropic's earlier valuation was 183 billion, correct?", /^Yes\b[\s\S]*\$183 billion/u);
  });
});

describe("chat's num", () => {
  it("is a number asked for", () => {
    says(
      "nvidia investment, what's the actual num",
      /^NVIDIA committed to invest up to \$10 billion/u,
    );
  });
});
